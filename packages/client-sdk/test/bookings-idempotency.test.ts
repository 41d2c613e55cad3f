import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API, APPOINTMENT, BOOKING, fastClient, useMockApi } from './support/msw.js';

const server = useMockApi();
const CREATED = { appointment: APPOINTMENT, manageToken: 'tok_abcdefghijklmnopqrstuv' };

/** Fails the first `failures` bookings with `status`, then books; records each request's key. */
function flakyBookings(failures: number, status: number | 'network') {
  const keys: (string | null)[] = [];
  server.use(
    http.post(`${API}/v1/bookings`, ({ request }) => {
      keys.push(request.headers.get('idempotency-key'));
      if (keys.length <= failures)
        return status === 'network' ? HttpResponse.error() : HttpResponse.json({}, { status });
      return HttpResponse.json(CREATED, { status: 201 });
    }),
  );
  return keys;
}

describe('bookings.create idempotency', () => {
  it.each([503, 429, 'network'] as const)('reuses one Idempotency-Key across retries after %s', async (status) => {
    const keys = flakyBookings(2, status);
    await expect(fastClient().bookings.create(BOOKING)).resolves.toEqual(CREATED);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(new Set(keys).size).toBe(1);
  });

  it('uses a new key for each separate booking', async () => {
    const keys = flakyBookings(0, 503);
    const client = fastClient();
    await client.bookings.create(BOOKING);
    await client.bookings.create(BOOKING);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('sends the key the caller gives, so a reloaded page can repeat its booking safely', async () => {
    const keys = flakyBookings(1, 500);
    await fastClient().bookings.create(BOOKING, { idempotencyKey: 'my-key-123' });
    expect(keys).toEqual(['my-key-123', 'my-key-123']);
  });

  it('sends the body as JSON with the bearer token from a function asked per attempt', async () => {
    const seen: { auth: string | null; type: string | null; body: unknown }[] = [];
    let n = 0;
    server.use(
      http.post(`${API}/v1/bookings`, async ({ request }) => {
        seen.push({
          auth: request.headers.get('authorization'),
          type: request.headers.get('content-type'),
          body: await request.json(),
        });
        return seen.length === 1 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json(CREATED, { status: 201 });
      }),
    );
    await fastClient({ accessToken: async () => `t${++n}` }).bookings.create(BOOKING);
    expect(seen.map((s) => s.auth)).toEqual(['Bearer t1', 'Bearer t2']);
    expect(seen[0]?.type).toBe('application/json');
    expect(seen[0]?.body).toEqual(BOOKING);
  });
});
