import 'axe-core/axe.min.js';
import type Axe from 'axe-core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/psybook-widget/psybook-widget.js';
import type { PsybookWidget } from '../src/psybook-widget/psybook-widget.component.js';
import type { PsybookEventMap } from '../src/events.js';
import { FakeApi, type FakeApiOptions } from './fake-api.js';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

export interface Mounted {
  el: PsybookWidget;
  api: FakeApi;
  events: { type: keyof PsybookEventMap; detail: Record<string, unknown> }[];
  /** Query inside the widget's shadow root. */
  $<E extends Element = HTMLElement>(selector: string): E;
  $$<E extends Element = HTMLElement>(selector: string): E[];
}

const EVENT_TYPES: (keyof PsybookEventMap)[] = [
  'psybook:variant',
  'psybook:step',
  'psybook:booked',
  'psybook:error',
  'psybook:chat',
];

/** A widget on the page over a fake API, with every psybook:* event it sent recorded at the document. */
export async function mount(
  attrs: { variant?: string; lang?: string; psychologist?: string; timeZone?: string } = {},
  apiOptions: FakeApiOptions = {},
  api = new FakeApi(apiOptions),
): Promise<Mounted> {
  const seen: { target: EventTarget | null; type: keyof PsybookEventMap; detail: Record<string, unknown> }[] = [];
  const record = (event: Event) =>
    seen.push({
      target: event.target,
      type: event.type as keyof PsybookEventMap,
      detail: (event as CustomEvent).detail,
    });
  for (const type of EVENT_TYPES) document.addEventListener(type, record);
  const el = await fixture<PsybookWidget>(
    html`<psybook-widget
      api="https://clinic.test"
      variant=${attrs.variant ?? 'web_form'}
      lang=${attrs.lang ?? 'en'}
      psychologist=${attrs.psychologist ?? ''}
      time-zone=${attrs.timeZone ?? 'Europe/Madrid'}
      .fetch=${api.fetch}
    ></psybook-widget>`,
  );
  const $ = <E extends Element>(selector: string) => el.shadowRoot!.querySelector(selector) as E;
  const $$ = <E extends Element>(selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];
  return {
    el,
    api,
    // Only this widget's events: a test may mount several.
    get events() {
      return seen.filter((e) => e.target === el).map(({ type, detail }) => ({ type, detail }));
    },
    $,
    $$,
  };
}

/** Waits until the widget shows an element matching the selector and returns it. */
export async function find<E extends Element = HTMLElement>(
  m: Mounted,
  selector: string,
  message = selector,
): Promise<E> {
  await waitUntil(() => m.$(selector), `never showed ${message}`, { timeout: 5000 });
  return m.$<E>(selector);
}

/** The text of the step heading. */
export function heading(m: Mounted): string {
  return m.$('[data-step-heading]')?.textContent?.trim() ?? '';
}

/** Whether focus is on the step heading (a boolean: chai cannot report DOM nodes across to the runner). */
export function focusedHeading(m: Mounted): boolean {
  const active = m.el.shadowRoot!.activeElement;
  return !!active && active === m.$('[data-step-heading]');
}

/** Waits for the step heading to read `text` (substring). */
export async function atStep(m: Mounted, text: string): Promise<void> {
  await waitUntil(() => heading(m).includes(text), `heading never became "${text}" (was "${heading(m)}")`, {
    timeout: 5000,
  });
}

/** Asserts axe-core finds nothing in the widget as it is now. */
export async function expectAccessible(m: Mounted): Promise<void> {
  const result = await window.axe.run(m.el, {
    // Page-level rules (landmarks, a page h1) are the host page's business, not a widget's.
    rules: {
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, summary.join('\n')).to.deep.equal([]);
}

/** Fills the details form as a patient types. */
export function type(m: Mounted, selector: string, value: string): void {
  const input = m.$<HTMLInputElement>(selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** From the first step to the details form: first psychologist, first free day, first time. */
export async function goToDetails(m: Mounted): Promise<void> {
  (await find(m, 'button.choice')).click();
  (await find(m, 'button.day')).click();
  (await find(m, 'button.time')).click();
  await find(m, 'form.details');
}

/** Types the details (valid ones unless given) and continues to the review. */
export async function submitDetails(
  m: Mounted,
  details: { firstName?: string; lastName?: string; phone?: string } = {},
): Promise<void> {
  type(m, '#firstName', details.firstName ?? 'Ana');
  type(m, '#lastName', details.lastName ?? 'García');
  type(m, '#phone', details.phone ?? '612 345 678');
  m.$<HTMLButtonElement>('button[type=submit]').click();
  await atStep(m, 'Check and confirm');
}

/** From the first step to the review with valid details. */
export async function goToReview(m: Mounted): Promise<void> {
  await goToDetails(m);
  await submitDetails(m);
}
