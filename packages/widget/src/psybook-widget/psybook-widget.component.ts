import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  assignVariant,
  chatLink,
  newSessionId,
  newVisitorId,
  type BookingCreated,
  type ClinicConfig,
  type EntryMethod,
  type EventData,
  type EventType,
  type FetchLike,
} from '@psybook/client-sdk';
import { createTracker, describeFailure, widgetClient, type Client, type Failure, type Tracker } from '../api.js';
import { emit, type Step } from '../events.js';
import { browserTimeZone, longDay } from '../format.js';
import type { Lang, Strings } from '../i18n/index.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { visitorId } from '../visitor.js';
import { BookingFlow, type FlowHost } from './booking-flow.js';
import { styles } from './psybook-widget.styles.js';
import { calendarStep } from './steps/calendar.js';
import { chatStep } from './steps/chat.js';
import { confirmedStep } from './steps/confirmed.js';
import { detailsStep } from './steps/details.js';
import { psychologistStep } from './steps/psychologist.js';
import { reviewStep } from './steps/review.js';
import { failureText, loading, loadFailed } from './steps/status.js';
import { timesStep } from './steps/times.js';
import type { View } from './view.js';

/** Where the API is when the page does not say: the origin that served this script. */
const SCRIPT_ORIGIN = (() => {
  try {
    return new URL(import.meta.url).origin;
  } catch {
    return undefined;
  }
})();

/**
 * Online booking for a psychology clinic: a booking form or a WhatsApp button, A/B tested.
 *
 * @tagname psybook-widget
 * @summary Book an appointment with the clinic, on the page or in WhatsApp.
 *
 * @event psybook:variant - The arm this visitor sees (`detail.variant`), once per load.
 * @event psybook:step - The patient moved to a step (`detail.step`, with the choice made).
 * @event psybook:booked - An appointment was booked (`detail.appointment`, `detail.manageUrl`).
 * @event psybook:error - Something failed (`detail.code`: `slot_taken`, `network_error` …).
 * @event psybook:chat - The WhatsApp button was followed (`detail.href`).
 *
 * @csspart base - The widget's box.
 * @csspart heading - Each step's heading.
 * @csspart button - Every button; the main one is also `primary-button`.
 * @csspart choice - A psychologist to choose.
 * @csspart calendar - The month table; its free days are `day`.
 * @csspart time - A free time.
 * @csspart label - A form label; its field is `input`, its error `field-error`.
 * @csspart alert - An error or a notice.
 * @csspart loading - A wait.
 * @csspart chat-button - The WhatsApp link.
 * @csspart link - Links on the confirmation (calendar file, Google Calendar, manage).
 *
 * @cssproperty [--psybook-brand=#2f6f73] - Brand colour: buttons, selected days, focus rings.
 * @cssproperty [--psybook-on-brand=#ffffff] - Text on the brand colour.
 * @cssproperty [--psybook-font=inherit] - Font family.
 * @cssproperty [--psybook-radius=10px] - Corner radius.
 * @cssproperty [--psybook-surface=#ffffff] - Background.
 * @cssproperty [--psybook-text=#1d2327] - Text colour.
 * @cssproperty [--psybook-muted=#5b6770] - Secondary text.
 * @cssproperty [--psybook-error=#b3261e] - Error text and borders.
 */
export class PsybookWidget extends LitElement implements FlowHost {
  static override styles = styles;

  /** Base URL of the Psybook API. @default the origin that served the widget script */
  @property() api = '';

  /** `auto` lets the experiment choose (sticky per visitor), or fix the arm. */
  @property() variant: 'auto' | EntryMethod = 'auto';

  /** `en`, `es`, or `auto`: the page's language, then the browser's. @default 'auto' */
  @property({ attribute: 'lang' }) locale = 'auto';

  /** A psychologist's id to book with directly, skipping the choice. */
  @property() psychologist = '';

  /** The visitor's IANA time zone. @default the browser's */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** Manage link for the confirmation; `{token}` is replaced. @default `<api>/v1/bookings/{token}` */
  @property({ attribute: 'manage-url' }) manageUrl = '';

  /** The `fetch` the API client uses (tests, proxies). Property only. */
  @property({ attribute: false }) fetch: FetchLike | undefined;

  /** This visit's id, shared by every metric and the WhatsApp reference code. */
  readonly sessionId = newSessionId();

  @state() private chosen: EntryMethod | undefined;
  client: Client | undefined;
  config: ClinicConfig | undefined;
  private tracker: Tracker | undefined;
  private readonly localize = new LocalizeController(this, () => this.locale);
  private readonly flow = new BookingFlow(this);
  /** What gets focus after the next render: a new step's heading, or the first field to fix. */
  private focusNext: '[data-step-heading]' | '[aria-invalid="true"]' | undefined;

  private readonly bootstrap = new Task(this, {
    args: () => [this.apiBase, this.fetch] as const,
    task: async ([api, fetch], { signal }) => {
      const client = widgetClient(api, fetch);
      const [config, psychologists] = await Promise.all([
        client.config.get({ signal }),
        client.psychologists.list({ signal }),
      ]);
      this.client = client;
      this.config = config;
      this.begin(config);
      const preset = Number(this.psychologist) || undefined;
      this.flow.start(psychologists.data, preset, config.defaultCountry);
      return config;
    },
    onError: (error) => this.failed(describeFailure(error), 'loading'),
  });

  private get apiBase(): string {
    const base = this.api || SCRIPT_ORIGIN || location.origin;
    return new URL(base, document.baseURI).href.replace(/\/$/, '');
  }

  private get language(): Lang {
    return this.localize.lang;
  }

  private get t(): Strings {
    return this.localize.t;
  }

  /** The arm, once per element: the page's choice, or the experiment's for this visitor. */
  private begin(config: ClinicConfig): void {
    if (this.chosen) return;
    const requested = this.variant;
    const fixed = requested === 'web_form' || requested === 'click_to_chat';
    const variant: EntryMethod = fixed
      ? requested
      : assignVariant(visitorId(newVisitorId), config.experiment.webFormShare);
    this.chosen = variant;
    this.tracker = createTracker({ client: this.client!, sessionId: this.sessionId, entryMethod: variant });
    const source = fixed ? 'attribute' : 'assigned';
    this.track('widget_view', { lang: this.language });
    this.track('variant_assigned', { variant, source });
    emit(this, 'psybook:variant', { variant, source, sessionId: this.sessionId });
    if (variant === 'click_to_chat') emit(this, 'psybook:step', { step: 'chat', sessionId: this.sessionId });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.flush();
  }

  /** Sends the queued metrics now, e.g. before a single-page app swaps the view. Never rejects. */
  flush(): Promise<void> {
    return this.tracker?.flush() ?? Promise.resolve();
  }

  track(eventType: EventType, data?: EventData, appointmentId?: number): void {
    this.tracker?.track(eventType, data, appointmentId ? { appointmentId } : undefined);
  }

  entered(step: Step, data: EventData): void {
    this.focusNext = '[data-step-heading]';
    emit(this, 'psybook:step', { ...data, step, sessionId: this.sessionId });
  }

  focusFirstError(): void {
    this.focusNext = '[aria-invalid="true"]';
    this.requestUpdate();
  }

  failed(failure: Failure, step: Step | 'loading'): void {
    const { t } = this;
    const message =
      failure.kind === 'slot_taken'
        ? t.slotTaken
        : failure.kind === 'invalid'
          ? t.errorSummary(Object.keys(failure.fields).length)
          : failureText(t, failure);
    emit(this, 'psybook:error', { code: failure.code, message, step, sessionId: this.sessionId });
  }

  booked(result: BookingCreated): void {
    emit(this, 'psybook:booked', {
      appointment: result.appointment,
      manageUrl: this.manageLink(result.manageToken),
      sessionId: this.sessionId,
    });
  }

  private manageLink(token: string): string {
    const safe = encodeURIComponent(token);
    // Absolute, because it also goes into calendar files that live outside this page.
    return this.manageUrl
      ? new URL(this.manageUrl.replace('{token}', safe), document.baseURI).href
      : `${this.apiBase}/v1/bookings/${safe}`;
  }

  private get chatHref(): string {
    return chatLink({
      phone: this.config!.whatsappNumber,
      text: this.t.chatText(this.config!.clinicName),
      ref: this.sessionId,
      baseUrl: this.config!.chatUrl,
    });
  }

  private onChat = () => {
    this.track('chat_clicked');
    void this.tracker?.flush();
    emit(this, 'psybook:chat', { href: this.chatHref, sessionId: this.sessionId });
  };

  private onDetails = (event: Event) => {
    event.preventDefault();
    this.flow.submitDetails();
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusNext;
    if (!target) return;
    this.focusNext = undefined;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** What the live region says now: the wait, or where the patient is. */
  private liveText(): string {
    const { t, flow } = this;
    if (this.bootstrap.status !== TaskStatus.COMPLETE)
      return this.bootstrap.status === TaskStatus.PENDING ? t.loading : '';
    if (this.chosen !== 'web_form') return '';
    if (flow.submitting) return t.booking;
    if ((flow.step === 'date' || flow.step === 'time') && flow.slots.status === TaskStatus.PENDING)
      return t.loadingTimes;
    const index = flow.steps.indexOf(flow.step);
    return index >= 0 ? t.stepOf(index + 1, flow.steps.length) : '';
  }

  override render() {
    const { t } = this;
    const content = this.bootstrap.render({
      initial: () => loading(t.loading),
      pending: () => loading(t.loading),
      error: (error) => loadFailed(t, () => void this.bootstrap.run(), failureText(t, describeFailure(error))),
      complete: (config) => (this.chosen === 'click_to_chat' ? this.renderChat() : this.renderForm(config)),
    });
    return html`<section part="base" class="base" lang=${this.language}>
      <p class="sr-only" role="status">${this.liveText()}</p>
      ${content}
    </section>`;
  }

  private heading(text: string) {
    return html`<h2 class="heading" part="heading" tabindex="-1" data-step-heading>${text}</h2>`;
  }

  private renderChat() {
    return html`${this.heading(this.t.chatHeading)}${chatStep(this.t, this.chatHref, this.onChat)}`;
  }

  private renderForm(config: ClinicConfig) {
    const { t, flow } = this;
    const view: View = { t, lang: this.language, flow, config, zone: this.timeZone || browserTimeZone() };
    const index = flow.steps.indexOf(flow.step);
    const progress =
      index >= 0 ? html`<p class="progress" part="progress">${t.stepOf(index + 1, flow.steps.length)}</p>` : nothing;
    const back =
      index > 0 && flow.step !== 'details' && flow.step !== 'review'
        ? html`<button type="button" class="link-button" part="button" @click=${() => flow.back()}>${t.back}</button>`
        : nothing;
    switch (flow.step) {
      case 'psychologist':
        return html`${progress}${this.heading(t.psychologistHeading)}${psychologistStep(view)}`;
      case 'date':
        return html`${progress}${this.heading(t.dateHeading)}${calendarStep(view)}${back}`;
      case 'time':
        return html`${progress}${this.heading(t.timeHeading(flow.date ? longDay(flow.date, this.language) : ''))}${timesStep(view)}${back}`;
      case 'details':
        return html`${progress}${this.heading(t.detailsHeading)}${detailsStep(view, this.onDetails)}`;
      case 'review':
        return html`${progress}${this.heading(t.reviewHeading)}${reviewStep(view)}`;
      case 'confirmed':
        return html`${this.heading(t.confirmedHeading)}${confirmedStep(view, this.manageLink(flow.result?.manageToken ?? ''))}`;
      default:
        return nothing;
    }
  }
}
