import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { createClient, isRateLimitError, type CreateBooking, type FetchLike } from '../src/index.js';
import { MONDAY, startRealApi, type RealApi } from './support/real-app.js';

// The real server's rate limit (2 bookings in a sliding minute here) and the SDK's Retry-After handling.
describe.each(ENGINES)('SDK against the real rate limit on %s', (engine) => {
  let api: RealApi;
  let clock = new Date('2026-02-27T09:00:00Z');
  let psychologistId: number;
  const booking = (startTime: string, phone: string): CreateBooking => ({
    psychologistId,
    date: MONDAY,
    startTime,
    entryMethod: 'web_form',
    patient: { firstName: 'Paula', lastName: 'Pérez', phone },
  });

  beforeAll(async () => {
    api = await startRealApi(engine, { env: { RATE_LIMIT_PER_MINUTE: '2' }, now: () => clock });
    psychologistId = (
      await api.admin.admin.psychologists.create({ firstName: 'Ana', lastName: 'Alba', email: 'ana@clinic.test' })
    ).id;
    await api.admin.admin.availability.create(psychologistId, { dayOfWeek: 1, startTime: '09:00', endTime: '13:00' });
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('gives up at once with a RateLimitError when the server asks for more than a minute', async () => {
    await api.anon.bookings.create(booking('09:00', '+34600100001'));
    await api.anon.bookings.create(booking('10:00', '+34600100009'));
    const error = await createClient({ baseUrl: api.app.url })
      .bookings.create(booking('10:00', '+34600100002'))
      .catch((e: unknown) => e);
    expect(isRateLimitError(error) && error.code).toBe('rate_limited');
    // Both hits stay in the sliding window for a minute after this one: 60 s to its end, then 30 s.
    expect(isRateLimitError(error) && error.retryAfterMs).toBe(90_000);
  });

  it('waits out a short Retry-After and then books', async () => {
    clock = new Date('2026-02-27T09:01:58Z');
    await api.anon.bookings.create(booking('11:00', '+34600100003'));
    const seen: { status: number; at: number }[] = [];
    // After the 429 the server's clock moves into the next minute, as it would while we wait.
    const fetchAndTick: FetchLike = async (url, init) => {
      const started = Date.now();
      const response = await fetch(url, init);
      seen.push({ status: response.status, at: started });
      if (response.status === 429) clock = new Date('2026-02-27T09:02:00.500Z');
      return response;
    };
    const { appointment } = await createClient({ baseUrl: api.app.url, fetch: fetchAndTick }).bookings.create(
      booking('12:00', '+34600100004'),
    );
    expect(appointment.startTime).toBe('12:00');
    expect(seen.map((s) => s.status)).toEqual([429, 201]);
    // Retry-After was 2 s: the second attempt cannot have started sooner.
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(1_990);
  });
});
