import { expect, waitUntil } from '@open-wc/testing';
import { assignVariant } from '@psybook/client-sdk';
import { VISITOR_STORAGE_KEY } from '../visitor.js';
import { atStep, expectAccessible, find, mount } from '../../test/helpers.js';

/** A visitor id that the experiment puts in the given arm at a 50/50 split. */
function visitorIn(arm: 'web_form' | 'click_to_chat'): string {
  for (let i = 0; ; i++) if (assignVariant(`visitor-${i}`, 0.5) === arm) return `visitor-${i}`;
}

describe('<psybook-widget> A/B variant', () => {
  afterEach(() => localStorage.removeItem(VISITOR_STORAGE_KEY));

  it('keeps a new visitor id in localStorage and shows the arm the experiment assigns it', async () => {
    const m = await mount({ variant: 'auto' }, { webFormShare: 0.5 });
    await waitUntil(() => m.events.some((e) => e.type === 'psybook:variant'), 'no variant event');
    const variant = m.events.find((e) => e.type === 'psybook:variant')!;
    const id = localStorage.getItem(VISITOR_STORAGE_KEY)!;
    expect(id).to.match(/^[A-Za-z0-9_-]{22}$/);
    expect(variant.detail).to.deep.equal({
      variant: assignVariant(id, 0.5),
      source: 'assigned',
      sessionId: m.el.sessionId,
    });
  });

  it('is sticky: the same visitor sees the same arm on every load', async () => {
    for (const arm of ['web_form', 'click_to_chat'] as const) {
      localStorage.setItem(VISITOR_STORAGE_KEY, visitorIn(arm));
      for (let load = 0; load < 3; load++) {
        const m = await mount({ variant: 'auto' }, { webFormShare: 0.5 });
        await waitUntil(() => m.events.some((e) => e.type === 'psybook:variant'));
        expect(m.events.find((e) => e.type === 'psybook:variant')!.detail.variant).to.equal(arm);
        await (arm === 'web_form' ? find(m, 'button.choice') : find(m, 'a.chat-button'));
      }
    }
  });

  it('follows the clinic split from /v1/config (all to web_form, all to chat)', async () => {
    localStorage.setItem(VISITOR_STORAGE_KEY, visitorIn('click_to_chat'));
    const form = await mount({ variant: 'auto' }, { webFormShare: 1 });
    await find(form, 'button.choice');
    localStorage.setItem(VISITOR_STORAGE_KEY, visitorIn('web_form'));
    const chat = await mount({ variant: 'auto' }, { webFormShare: 0 });
    await find(chat, 'a.chat-button');
  });

  it('lets the page fix the arm with the variant attribute', async () => {
    const m = await mount({ variant: 'click_to_chat' }, { webFormShare: 1 });
    await find(m, 'a.chat-button');
    expect(m.events.find((e) => e.type === 'psybook:variant')!.detail).to.include({
      variant: 'click_to_chat',
      source: 'attribute',
    });
  });

  it('click to chat: a wa.me link with the clinic number and this visit as reference, tracked', async () => {
    const m = await mount({ variant: 'click_to_chat' });
    await atStep(m, 'Book on WhatsApp');
    await expectAccessible(m);
    const link = m.$<HTMLAnchorElement>('a.chat-button');
    const url = new URL(link.href);
    expect(url.origin + url.pathname).to.equal('https://wa.me/34600000000');
    expect(url.searchParams.get('text')).to.equal(
      `Hello Clínica Serena, I would like to book an appointment. (ref: ${m.el.sessionId})`,
    );
    expect(link.target).to.equal('_blank');

    // Following it opens WhatsApp in a new tab; keep this page where it is for the test.
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.click();
    expect(m.events.find((e) => e.type === 'psybook:chat')!.detail).to.deep.equal({
      href: link.href,
      sessionId: m.el.sessionId,
    });
    await m.el.flush();
    const events = m.api.metrics.map((e) => `${e.entryMethod}:${e.eventType}`);
    expect(events).to.deep.equal([
      'click_to_chat:widget_view',
      'click_to_chat:variant_assigned',
      'click_to_chat:chat_clicked',
    ]);
    expect(new Set(m.api.metrics.map((e) => e.sessionId))).to.deep.equal(new Set([m.el.sessionId]));
  });
});
