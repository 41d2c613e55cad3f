import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionError, InternalServerError, isRateLimitError, type RateLimitError } from '../src/index.js';
import { API, APPOINTMENT, SLOT, fastClient, problem, useMockApi } from './support/msw.js';

const server = useMockApi();
const SLOTS_URL = `${API}/v1/psychologists/1/slots`;
const slotQuery = { psychologistId: 1, from: '2026-12-01', to: '2026-12-07' };

/** Answers with each response in turn, counting hits; the last one repeats. */
function sequence(url: string, responses: (() => Response)[], method: 'get' | 'post' = 'get') {
  let hits = 0;
  server.use(
    http[method](url, () => {
      const respond = responses[Math.min(hits, responses.length - 1)]!;
      hits++;
      return respond();
    }),
  );
  return () => hits;
}

const ok = () => HttpResponse.json({ timezone: 'Europe/Madrid', data: [SLOT] });
const fail =
  (status: number, headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json(problem(status, `http_${status}`), { status, headers });

describe('retries', () => {
  afterEach(() => vi.useRealTimers());

  it.each([500, 502, 503, 408, 429])('retries a GET after %i and returns the later success', async (status) => {
    const hits = sequence(SLOTS_URL, [fail(status), ok]);
    const result = await fastClient().slots.list(slotQuery);
    expect(result.data).toEqual([SLOT]);
    expect(hits()).toBe(2);
  });

  it('retries after a connection error', async () => {
    const hits = sequence(SLOTS_URL, [() => HttpResponse.error(), ok]);
    await expect(fastClient().slots.list(slotQuery)).resolves.toMatchObject({ timezone: 'Europe/Madrid' });
    expect(hits()).toBe(2);
  });

  it('stops after maxRetries and throws the last error', async () => {
    const hits = sequence(SLOTS_URL, [fail(503)]);
    const error = await fastClient({ maxRetries: 3 })
      .slots.list(slotQuery)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 503 });
    expect(hits()).toBe(4);
  });

  it('makes exactly one attempt with maxRetries 0', async () => {
    const hits = sequence(SLOTS_URL, [() => HttpResponse.error()]);
    await expect(fastClient({ maxRetries: 0 }).slots.list(slotQuery)).rejects.toBeInstanceOf(ConnectionError);
    expect(hits()).toBe(1);
  });

  it.each([400, 401, 403, 404, 409, 422])('does not retry a %i', async (status) => {
    const hits = sequence(SLOTS_URL, [fail(status)]);
    await expect(fastClient().slots.list(slotQuery)).rejects.toMatchObject({ status });
    expect(hits()).toBe(1);
  });

  it('does not retry a POST that carries no idempotency key', async () => {
    const hits = sequence(`${API}/v1/bookings/tok_abcdefghijklmnopqrstuv/cancel`, [fail(503)], 'post');
    await expect(fastClient().bookings.cancel('tok_abcdefghijklmnopqrstuv')).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(hits()).toBe(1);
  });

  it('waits as long as Retry-After asks before the next attempt', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const hits = sequence(SLOTS_URL, [fail(429, { 'retry-after': '3' }), ok]);
    const client = fastClient({ backoff: { initialMs: 1, maxMs: 10_000 } });
    const result = client.slots.list(slotQuery);
    await vi.advanceTimersByTimeAsync(2_900);
    expect(hits()).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(result).resolves.toMatchObject({ data: [SLOT] });
    expect(hits()).toBe(2);
  });

  it('understands Retry-After as an HTTP date', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    const hits = sequence(SLOTS_URL, [fail(503, { 'retry-after': 'Tue, 01 Dec 2026 10:00:05 GMT' }), ok]);
    const result = fastClient({ backoff: { initialMs: 1, maxMs: 10_000 } }).slots.list(slotQuery);
    await vi.advanceTimersByTimeAsync(4_900);
    expect(hits()).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(result).resolves.toMatchObject({ data: [SLOT] });
  });

  it('gives up at once when Retry-After is longer than the longest backoff, exposing the wait', async () => {
    const hits = sequence(SLOTS_URL, [fail(429, { 'retry-after': '120' }), ok]);
    const error = await fastClient()
      .slots.list(slotQuery)
      .catch((e: unknown) => e);
    expect(isRateLimitError(error)).toBe(true);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(hits()).toBe(1);
  });

  it('backs off between attempts (no attempt before the first delay)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const hits = sequence(`${API}/v1/bookings/tok_abcdefghijklmnopqrstuv`, [
      fail(500),
      () => HttpResponse.json({ appointment: APPOINTMENT }),
    ]);
    const client = fastClient({ backoff: { initialMs: 1_000, maxMs: 8_000 } });
    const result = client.bookings.get('tok_abcdefghijklmnopqrstuv');
    // Jitter takes off at most 25%: nothing before 750 ms, the retry by 1000 ms.
    await vi.advanceTimersByTimeAsync(740);
    expect(hits()).toBe(1);
    await vi.advanceTimersByTimeAsync(260);
    await expect(result).resolves.toEqual({ appointment: APPOINTMENT });
  });
});
