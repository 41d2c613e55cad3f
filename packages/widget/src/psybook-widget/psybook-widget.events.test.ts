import { expect } from '@open-wc/testing';
import { atStep, goToReview, mount } from '../../test/helpers.js';

describe('<psybook-widget> events and metrics', () => {
  it('tells the page about each step and the booking with composed DOM events, and sends each funnel metric', async () => {
    const m = await mount();
    await goToReview(m);
    m.$<HTMLButtonElement>('button.primary').click();
    await atStep(m, 'booked');

    expect(m.events.map((e) => (e.type === 'psybook:step' ? `step:${String(e.detail.step)}` : e.type))).to.deep.equal([
      'psybook:variant',
      'step:date',
      'step:time',
      'step:details',
      'step:review',
      'step:confirmed',
      'psybook:booked',
    ]);
    const booked = m.events.find((e) => e.type === 'psybook:booked')!.detail as {
      appointment: { id: number; entryMethod: string };
      manageUrl: string;
    };
    expect(booked.appointment).to.include({ id: 101, entryMethod: 'web_form' });
    expect(booked.manageUrl).to.contain('/v1/bookings/mt_');

    await m.el.flush();
    const metrics = m.api.metrics;
    expect(metrics.map((e) => e.eventType)).to.deep.equal([
      'widget_view',
      'variant_assigned',
      'psychologist_selected',
      'date_selected',
      'slot_selected',
      'details_submitted',
      'booking_confirmed',
    ]);
    for (const event of metrics) expect(event).to.include({ sessionId: m.el.sessionId, entryMethod: 'web_form' });
    expect(metrics.at(-1)!.appointmentId).to.equal(101);
    expect(metrics[2]!.data).to.deep.equal({ psychologistId: 1 });
    // Nothing personal in metrics: no names, phones or emails.
    expect(JSON.stringify(metrics)).not.to.contain('Ana').and.not.to.contain('612');
    const times = metrics.map((e) => e.timeTaken ?? 0);
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
  });

  it('sends booking_failed with the code when a booking is refused', async () => {
    const m = await mount();
    await goToReview(m);
    m.api.fail('POST /v1/bookings', { status: 409, code: 'slot_taken' });
    m.$<HTMLButtonElement>('button.primary').click();
    await atStep(m, 'Choose a time on');
    await m.el.flush();
    expect(m.api.metrics.find((e) => e.eventType === 'booking_failed')?.data).to.deep.equal({
      errorCode: 'slot_taken',
    });
  });

  it('events bubble out of the shadow root to the document', async () => {
    const m = await mount();
    await atStep(m, 'Choose your psychologist');
    const seen: Event[] = [];
    document.body.addEventListener('psybook:step', (e) => seen.push(e), { once: true });
    m.$('button.choice').click();
    expect(seen).to.have.length(1);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
    expect(seen[0]!.target === m.el, 'the event comes from the element').to.equal(true);
  });
});
