import { expect, waitUntil } from '@open-wc/testing';
import { FakeApi } from '../../test/fake-api.js';
import { atStep, expectAccessible, find, goToReview, mount } from '../../test/helpers.js';

describe('<psybook-widget> when things go wrong', () => {
  it('sends a patient whose time was just taken back to fresh times, with a message', async () => {
    const m = await mount();
    await goToReview(m);
    // Another patient books the same time between review and confirm.
    const { date, startTime } = m.events.find((e) => e.type === 'psybook:step' && e.detail.step === 'details')!
      .detail as { date: string; startTime: string };
    m.api.takeSlot(1, date, startTime);
    const slotCallsBefore = m.api.requests.filter((r) => r.path.includes('/slots')).length;

    m.$<HTMLButtonElement>('button.primary').click();
    await atStep(m, 'Choose a time on');
    expect(m.$('[role=alert]').textContent).to.contain('someone has just booked that time');
    await find(m, 'button.time');
    expect(m.api.requests.filter((r) => r.path.includes('/slots')).length).to.be.greaterThan(slotCallsBefore);
    const times = m.$$('button.time').map((b) => b.textContent!.trim());
    expect(times.some((t) => t.startsWith(startTime))).to.equal(false);
    expect(m.api.bookings).to.have.length(0);
    expect(m.events.find((e) => e.type === 'psybook:error')?.detail).to.include({ code: 'slot_taken', step: 'review' });
    await expectAccessible(m);

    // Picking another time books it.
    m.$('button.time').click();
    await find(m, 'form.details');
    m.$<HTMLButtonElement>('button[type=submit]').click();
    await atStep(m, 'Check and confirm');
    m.$<HTMLButtonElement>('button.primary').click();
    await atStep(m, 'booked');
    expect(m.api.bookings).to.have.length(1);
  });

  it('shows a retry when the booking request cannot reach the API, and the retry books once', async () => {
    const m = await mount();
    await goToReview(m);
    // The SDK retries twice by itself; all three attempts fail.
    m.api.fail('POST /v1/bookings', 'network', 3);
    m.$<HTMLButtonElement>('button.primary').click();
    const alert = await find(m, '[role=alert]');
    await waitUntil(() => alert.textContent!.includes('could not reach'), 'no network message', { timeout: 8000 });
    expect(m.events.find((e) => e.type === 'psybook:error')?.detail.code).to.equal('network_error');
    await expectAccessible(m);

    m.$<HTMLButtonElement>('[role=alert] button').click();
    await atStep(m, 'booked');
    expect(m.api.bookings).to.have.length(1);
    // Every attempt of this confirmation carried the same idempotency key.
    const keys = new Set(m.api.requests.filter((r) => r.path === '/v1/bookings').map((r) => r.idempotencyKey));
    expect(keys.size).to.equal(1);
  });

  it('shows a retry when the widget cannot load, and recovers', async () => {
    const api = new FakeApi();
    api.fail('GET /v1/config', 'network', 3);
    const broken = await mount({}, {}, api);
    const alert = await find(broken, '[role=alert]');
    await waitUntil(() => alert.textContent!.includes('could not reach'), 'no network message', { timeout: 8000 });
    await expectAccessible(broken);
    broken.$<HTMLButtonElement>('[role=alert] button').click();
    await atStep(broken, 'Choose your psychologist');
    expect(broken.events.find((e) => e.type === 'psybook:error')?.detail).to.include({
      code: 'network_error',
      step: 'loading',
    });
  });

  it('shows a retry when the free times cannot load', async () => {
    const m = await mount();
    m.api.fail('GET /v1/psychologists/:id/slots', 'network', 3);
    (await find(m, 'button.choice')).click();
    const alert = await find(m, '[role=alert]');
    await waitUntil(() => alert.textContent!.includes('could not reach'), 'no network message', { timeout: 8000 });
    m.$<HTMLButtonElement>('[role=alert] button').click();
    await find(m, 'button.day');
  });
});
