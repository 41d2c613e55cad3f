import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTracker, type MetricEvent, type TrackerOptions } from '../src/index.js';
import { API, fastClient, problem, useMockApi } from './support/msw.js';

const server = useMockApi();
const SESSION = 'sess_0123456789abcdef';

/** Records every metrics request; `fail` decides per request whether to answer with an error status. */
function metricsEndpoint(fail: (n: number) => number | undefined = () => undefined) {
  const batches: MetricEvent[][] = [];
  const requests: { contentType: string | null; keepalive: boolean }[] = [];
  server.use(
    http.post(`${API}/v1/metrics`, async ({ request }) => {
      requests.push({ contentType: request.headers.get('content-type'), keepalive: request.keepalive });
      const status = fail(requests.length);
      if (status) return HttpResponse.json(problem(status, 'nope'), { status });
      const { events } = JSON.parse(await request.text()) as { events: MetricEvent[] };
      batches.push(events);
      return HttpResponse.json({ accepted: events.length }, { status: 202 });
    }),
  );
  return { batches, requests };
}

function tracker(options: Partial<TrackerOptions> = {}) {
  let clock = 1_000;
  const errors: unknown[] = [];
  const t = createTracker({
    client: fastClient({ maxRetries: 0 }),
    sessionId: SESSION,
    entryMethod: 'web_form',
    flushIntervalMs: 60_000,
    now: () => clock,
    onError: (error) => errors.push(error),
    ...options,
  });
  return { t, errors, advance: (ms: number) => (clock += ms) };
}

/** A page: window and document as event targets, and a sendBeacon that records or refuses. */
function fakePage(accept: boolean) {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const beacons: { url: string; type: string; body: Promise<string> }[] = [];
  vi.stubGlobal('addEventListener', win.addEventListener.bind(win));
  vi.stubGlobal('removeEventListener', win.removeEventListener.bind(win));
  vi.stubGlobal('document', doc);
  vi.stubGlobal('navigator', {
    sendBeacon: (url: string, data: Blob) => {
      if (accept) beacons.push({ url, type: data.type, body: data.text() });
      return accept;
    },
  });
  return {
    beacons,
    pagehide: () => win.dispatchEvent(new Event('pagehide')),
    hide: () => {
      doc.visibilityState = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

describe('createTracker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('batches events into one request, stamped with time since the first event', async () => {
    const { batches } = metricsEndpoint();
    const { t, advance } = tracker();
    t.track('widget_view');
    advance(1500);
    t.track('psychologist_selected', { psychologistId: 3 });
    advance(250);
    t.track('booking_confirmed', undefined, { appointmentId: 42 });
    await t.flush();
    expect(batches).toEqual([
      [
        { sessionId: SESSION, entryMethod: 'web_form', eventType: 'widget_view', timeTaken: 0 },
        {
          sessionId: SESSION,
          entryMethod: 'web_form',
          eventType: 'psychologist_selected',
          timeTaken: 1500,
          data: { psychologistId: 3 },
        },
        {
          sessionId: SESSION,
          entryMethod: 'web_form',
          eventType: 'booking_confirmed',
          timeTaken: 1750,
          appointmentId: 42,
        },
      ],
    ]);
  });

  it('sends on its timer without a flush call', async () => {
    const { batches } = metricsEndpoint();
    const { t } = tracker({ flushIntervalMs: 20 });
    t.track('widget_view');
    t.track('variant_assigned', { variant: 'web_form' });
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    expect(batches[0]).toHaveLength(2);
  });

  it('sends a full batch at once and splits the rest by maxBatch', async () => {
    const { batches } = metricsEndpoint();
    const { t } = tracker({ maxBatch: 2 });
    for (let i = 0; i < 5; i++) t.track('chat_step', { step: 'day' });
    await vi.waitFor(() => expect(batches.length).toBeGreaterThanOrEqual(2));
    await t.flush();
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
  });

  it('keeps a batch whose send failed and sends it, in order, on the next flush', async () => {
    const { batches } = metricsEndpoint((n) => (n === 1 ? 503 : undefined));
    const { t, errors } = tracker();
    t.track('widget_view');
    t.track('date_selected', { date: '2026-12-01' });
    await expect(t.flush()).resolves.toBeUndefined();
    expect(batches).toEqual([]);
    expect(errors).toHaveLength(1);
    t.track('slot_selected', { startTime: '09:00' });
    await t.flush();
    expect(batches.flat().map((e) => e.eventType)).toEqual(['widget_view', 'date_selected', 'slot_selected']);
  });

  it('retries a failed send on its own with backoff', async () => {
    const { batches } = metricsEndpoint((n) => (n <= 2 ? 500 : undefined));
    const { t } = tracker({ flushIntervalMs: 5 });
    t.track('widget_view');
    await vi.waitFor(() => expect(batches).toHaveLength(1), { timeout: 2000 });
  });

  it('drops a batch the server refuses as invalid instead of retrying it forever', async () => {
    const { batches, requests } = metricsEndpoint((n) => (n === 1 ? 400 : undefined));
    const { t } = tracker({ maxBatch: 1 });
    t.track('widget_view');
    t.track('variant_assigned');
    await vi.waitFor(() => expect(requests.length).toBeGreaterThanOrEqual(2));
    await t.flush();
    expect(batches.flat().map((e) => e.eventType)).toEqual(['variant_assigned']);
  });

  it('keeps only the newest maxQueue events while the API is down, and says so', async () => {
    let down = true;
    const { batches } = metricsEndpoint(() => (down ? 503 : undefined));
    const { t, errors } = tracker({ maxBatch: 2, maxQueue: 4 });
    for (let i = 0; i < 7; i++) {
      t.track('chat_step', { step: `s_${'abcdefg'[i]}` });
      await t.flush();
    }
    down = false;
    await t.flush();
    expect(batches.flat().map((e) => e.data?.step)).toEqual(['s_d', 's_e', 's_f', 's_g']);
    expect(errors.some((e) => String(e).includes('dropped the'))).toBe(true);
  });

  it('drops an event with personal or unknown data without throwing, and keeps the others', async () => {
    const { batches } = metricsEndpoint();
    const { t } = tracker({
      onError: () => {
        throw new Error('host handler broke');
      },
    });
    expect(() => t.track('details_submitted', { name: 'Ana' } as never)).not.toThrow();
    t.track('details_submitted');
    await t.flush();
    expect(batches.flat().map((e) => e.eventType)).toEqual(['details_submitted']);
    expect(batches.flat()[0]).not.toHaveProperty('data');
  });

  it('tags events after setEntryMethod with the new arm', async () => {
    const { batches } = metricsEndpoint();
    const { t } = tracker();
    t.track('widget_view');
    t.setEntryMethod('click_to_chat');
    t.track('chat_clicked');
    await t.flush();
    expect(batches.flat().map((e) => e.entryMethod)).toEqual(['web_form', 'click_to_chat']);
  });

  it('on pagehide hands the queue to sendBeacon as text/plain JSON', async () => {
    const page = fakePage(true);
    const { batches } = metricsEndpoint();
    const { t } = tracker({ maxBatch: 2 });
    t.track('widget_view');
    t.track('chat_clicked');
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    t.track('booking_failed', { errorCode: 'slot_taken' });
    page.pagehide();
    expect(page.beacons).toHaveLength(1);
    expect(page.beacons[0]).toMatchObject({ url: `${API}/v1/metrics`, type: 'text/plain' });
    expect(JSON.parse(await page.beacons[0]!.body)).toEqual({
      events: [expect.objectContaining({ eventType: 'booking_failed', data: { errorCode: 'slot_taken' } })],
    });
    await t.flush();
    expect(batches).toHaveLength(1);
  });

  it('also beacons when the page becomes hidden (mobile tab switch)', () => {
    const page = fakePage(true);
    metricsEndpoint();
    const { t } = tracker();
    t.track('widget_view');
    page.hide();
    expect(page.beacons).toHaveLength(1);
  });

  it('falls back to a keepalive fetch when the beacon is refused', async () => {
    const page = fakePage(false);
    const { batches, requests } = metricsEndpoint();
    const { t } = tracker();
    t.track('widget_view');
    page.pagehide();
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    expect(requests[0]).toEqual({ contentType: 'text/plain', keepalive: true });
  });

  it('stops listening and sends what is left on dispose', async () => {
    const page = fakePage(true);
    const { batches } = metricsEndpoint();
    const { t } = tracker();
    t.track('widget_view');
    t.dispose();
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    t.track('chat_clicked');
    page.pagehide();
    expect(page.beacons).toEqual([]);
  });
});
