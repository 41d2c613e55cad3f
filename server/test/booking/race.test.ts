import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { bookingBody, countRows, NOW, seedClinic, send, type Clinic } from '@psybook/testkit/clinic';

const CONCURRENT = 200;

describe.each(ENGINES)('200 patients racing for one slot on %s', (engine) => {
  let app: TestApp;
  let clinic: Clinic;
  beforeAll(async () => {
    // The race is the point here, not the rate limit: every request comes from 127.0.0.1.
    app = await startTestApp(engine, { now: () => NOW, env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    clinic = await seedClinic(app.db);
  });
  afterAll(async () => app.close());

  // 400 requests' worth of transactions on a shared 2-core machine: allow minutes, not seconds.
  it('books exactly one: one 201, 199 × 409 slot_taken, no 5xx, one appointment row', async () => {
    const results = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        send(
          `${app.url}/v1/bookings`,
          'POST',
          bookingBody(clinic.anaId, {
            patient: { firstName: 'Racer', lastName: String(i), phone: `+346001${String(i).padStart(5, '0')}` },
          }),
        ),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(CONCURRENT - 1);
    expect(statuses.filter((s) => s >= 500)).toHaveLength(0);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'slot_taken')).toBe(true);
    const { rows } = await app.db.owner.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM appointments WHERE psychologist_id = $1 AND status IN ('scheduled', 'confirmed')`,
      [clinic.anaId],
    );
    expect(rows[0]!.n).toBe(1);
    expect(await countRows(app.db, 'appointments')).toBe(1);
    // Losers' patients were rolled back with their request.
    expect(await countRows(app.db, 'users')).toBe(1);
  }, 180_000);
});
