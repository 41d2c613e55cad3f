import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { bookingBody, NOW, seedClinic, send, type Clinic } from '@psybook/testkit/clinic';

describe.each(ENGINES)("patients' records are theirs on %s (hardening 5 and 13)", (engine) => {
  let app: TestApp;
  let clinic: Clinic;
  const userOf = async (phone: string) =>
    (
      await app.db.owner.query<{ id: number; first_name: string; last_name: string; email: string | null }>(
        'SELECT id, first_name, last_name, email FROM users WHERE phone = $1',
        [phone],
      )
    ).rows;

  beforeAll(async () => {
    app = await startTestApp(engine, { now: () => NOW });
    clinic = await seedClinic(app.db);
  });
  afterAll(() => app.close());

  it("5: an anonymous booking with someone else's phone changes neither their name nor their email", async () => {
    const phone = '+34600555001';
    await app.db.owner.query(`INSERT INTO users (first_name, last_name, phone) VALUES ('Olga', 'Owner', $1)`, [phone]);
    const res = await send(
      `${app.url}/v1/bookings`,
      'POST',
      bookingBody(clinic.anaId, {
        startTime: '11:00',
        patient: { firstName: 'Mallory', lastName: 'Evil', phone, email: 'mallory@evil.example' },
      }),
    );
    expect(res.status).toBe(201);
    const [owner] = await userOf(phone);
    expect(owner).toMatchObject({ first_name: 'Olga', last_name: 'Owner', email: null });
    const { rows } = await app.db.owner.query<{ user_id: number }>('SELECT user_id FROM appointments WHERE id = $1', [
      (res.body as { appointment: { id: number } }).appointment.id,
    ]);
    expect(rows[0]?.user_id).toBe(owner?.id);
  });

  it('13: a patient who loses the race for a slot leaves no patient record behind', async () => {
    const first = await send(
      `${app.url}/v1/bookings`,
      'POST',
      bookingBody(clinic.anaId, {
        startTime: '12:00',
        patient: { firstName: 'A', lastName: 'Uno', phone: '+34600555002' },
      }),
    );
    expect(first.status).toBe(201);
    const loser = await send(
      `${app.url}/v1/bookings`,
      'POST',
      bookingBody(clinic.anaId, {
        startTime: '12:00',
        patient: { firstName: 'B', lastName: 'Dos', phone: '+34600555003' },
      }),
    );
    expect(loser.status).toBe(409);
    expect((loser.body as { code: string }).code).toBe('slot_taken');
    expect(await userOf('+34600555003')).toEqual([]);
  });
});
