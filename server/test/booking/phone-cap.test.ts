import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { bookingBody, NOW, seedClinic, send, type Clinic } from '@psybook/testkit/clinic';

const patientWith = (phone: string) => ({ firstName: 'Pía', lastName: 'Paz', phone });

describe.each(ENGINES)('a cap on upcoming bookings per phone number on %s (hardening 4)', (engine) => {
  let app: TestApp;
  let clinic: Clinic;
  const book = (startTime: string, phone: string, date = '2026-03-02') =>
    send(`${app.url}/v1/bookings`, 'POST', bookingBody(clinic.anaId, { date, startTime, patient: patientWith(phone) }));
  const liveOf = async (phone: string) =>
    (
      await app.db.owner.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM appointments a JOIN users u ON u.id = a.user_id
          WHERE u.phone = $1 AND a.status IN ('scheduled', 'confirmed')`,
        [phone],
      )
    ).rows[0]!.n;

  beforeAll(async () => {
    app = await startTestApp(engine, { now: () => NOW, env: { MAX_UPCOMING_PER_PHONE: '2' } });
    clinic = await seedClinic(app.db);
  });
  afterAll(() => app.close());

  it('refuses the booking past MAX_UPCOMING_PER_PHONE with 429 too_many_bookings and writes nothing; a cancel makes room', async () => {
    const phone = '+34600777001';
    const first = await book('09:00', phone);
    expect(first.status).toBe(201);
    expect((await book('10:00', phone)).status).toBe(201);
    const third = await book('11:00', phone);
    expect(third.status).toBe(429);
    expect(third.body.code).toBe('too_many_bookings');
    expect(await liveOf(phone)).toBe(2);
    const cancelled = await send(`${app.url}/v1/bookings/${first.body.manageToken}/cancel`, 'POST');
    expect(cancelled.status).toBe(200);
    expect((await book('11:00', phone)).status).toBe(201);
  });

  it('holds under concurrency: of five bookings at once for one number, two are made', async () => {
    const phone = '+34600777002';
    const results = await Promise.all(['09:00', '10:00', '11:00', '12:00'].map((t) => book(t, phone, '2026-03-03')));
    const fifth = await book('09:00', phone, '2026-03-04');
    const statuses = [...results, fifth].map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 429, 429, 429]);
    expect(await liveOf(phone)).toBe(2);
  });
});
