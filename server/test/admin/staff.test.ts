import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '@psybook/testkit/app';
import { MONDAY, NOW, seedClinic, send, type Clinic } from '@psybook/testkit/clinic';

describe.each(ENGINES)('signed-in patients and psychologists on %s (policies through HTTP)', (engine) => {
  let app: TestApp;
  let clinic: Clinic;
  let patientAuth: string;
  let anaAppointment: number;
  let bertoAppointment: number;
  const as = async (sub: string) => ({ authorization: `Bearer ${await app.token('authenticated', sub)}` });
  const rowOf = async (id: number) =>
    (
      await app.db.owner.query<{ status: string; notes: string | null }>(
        'SELECT status, notes FROM appointments WHERE id = $1',
        [id],
      )
    ).rows[0]!;

  beforeAll(async () => {
    app = await startTestApp(engine, { now: () => NOW });
    clinic = await seedClinic(app.db);
    patientAuth = (
      await app.db.owner.query<{ id: string }>(
        `INSERT INTO auth.users (email) VALUES ('pat@example.test') RETURNING id::text`,
      )
    ).rows[0]!.id;
    const users = await app.db.owner.query<{ id: number }>(
      `INSERT INTO users (first_name, last_name, phone, auth_id) VALUES ('Pat', 'Own', '+34600000001', $1), ('Other', 'Person', '+34600000002', NULL) RETURNING id`,
      [patientAuth],
    );
    const [pat, other] = users.rows.map((r) => r.id);
    const appts = await app.db.owner.query<{ id: number }>(
      `INSERT INTO appointments (user_id, psychologist_id, appointment_date, start_time, end_time, entry_method, notes) VALUES
         ($1, $3, $5, '09:00', '09:50', 'web_form', 'ana private note'),
         ($2, $4, $5, '10:00', '10:50', 'click_to_chat', 'berto private note')
       RETURNING id`,
      [pat, other, clinic.anaId, clinic.bertoId, MONDAY],
    );
    [anaAppointment, bertoAppointment] = appts.rows.map((r) => r.id) as [number, number];
  });
  afterAll(async () => app.close());

  it('a psychologist lists only their own appointments, with their patients named', async () => {
    const res = await send(`${app.url}/v1/me/appointments`, 'GET', undefined, await as(clinic.anaAuth));
    expect(res.status).toBe(200);
    expect(res.body.data.map((a: { id: number }) => a.id)).toEqual([anaAppointment]);
    expect(res.body.data[0]).toMatchObject({
      patient: { firstName: 'Pat', lastName: 'Own' },
      psychologist: { firstName: 'Ana' },
      notes: 'ana private note',
    });
  });

  it('a patient lists only their own appointments', async () => {
    const res = await send(`${app.url}/v1/me/appointments`, 'GET', undefined, await as(patientAuth));
    expect(res.body.data.map((a: { id: number }) => a.id)).toEqual([anaAppointment]);
    const stranger = await send(
      `${app.url}/v1/me/appointments`,
      'GET',
      undefined,
      await as('11111111-1111-4111-8111-111111111111'),
    );
    expect(stranger.body.data).toEqual([]);
  });

  it("a psychologist cannot change another psychologist's appointment (404, row unchanged)", async () => {
    const res = await send(
      `${app.url}/v1/appointments/${bertoAppointment}`,
      'PATCH',
      { status: 'cancelled', notes: 'hijacked' },
      await as(clinic.anaAuth),
    );
    expect(res.status).toBe(404);
    expect(await rowOf(bertoAppointment)).toEqual({ status: 'scheduled', notes: 'berto private note' });
  });

  it('a psychologist confirms and annotates their own appointment; the status only moves forward', async () => {
    const headers = await as(clinic.anaAuth);
    const confirmed = await send(
      `${app.url}/v1/appointments/${anaAppointment}`,
      'PATCH',
      { status: 'confirmed', notes: 'bring forms' },
      headers,
    );
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.appointment).toMatchObject({ id: anaAppointment, status: 'confirmed', notes: 'bring forms' });
    const completed = await send(
      `${app.url}/v1/appointments/${anaAppointment}`,
      'PATCH',
      { status: 'completed' },
      headers,
    );
    expect(completed.body.appointment.status).toBe('completed');
    const back = await send(`${app.url}/v1/appointments/${anaAppointment}`, 'PATCH', { status: 'scheduled' }, headers);
    expect(back.status).toBe(409);
    expect(back.body.code).toBe('invalid_status_transition');
    expect((await rowOf(anaAppointment)).status).toBe('completed');
  });

  it.each([
    ['an empty body', {}, 'body'],
    ['an unknown status', { status: 'done' }, 'body.status'],
    ['an unknown field', { status: 'confirmed', startTime: '08:00' }, 'body.startTime'],
    ['notes of the wrong type', { notes: 42 }, 'body.notes'],
  ])('refuses a PATCH with %s (400 naming %s) and changes nothing', async (_label, body, field) => {
    const before = await rowOf(bertoAppointment);
    const admin = { authorization: `Bearer ${await app.token('admin', '00000000-0000-4000-8000-000000000001')}` };
    const res = await send(`${app.url}/v1/appointments/${bertoAppointment}`, 'PATCH', body, admin);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await rowOf(bertoAppointment)).toEqual(before);
  });

  it('refuses bad filters on /v1/me/appointments with 400 naming each', async () => {
    const res = await send(
      `${app.url}/v1/me/appointments?status=bogus&from=2026-13-01&limit=0&sort=date`,
      'GET',
      undefined,
      await as(clinic.anaAuth),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['query.status', 'query.from', 'query.limit', 'query.sort']),
    );
  });

  it('refuses a bad id in the path with 400', async () => {
    const res = await send(
      `${app.url}/v1/appointments/abc`,
      'PATCH',
      { status: 'confirmed' },
      await as(clinic.anaAuth),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('params.id');
  });

  it('refuses anonymous, expired, forged and wrong-role tokens', async () => {
    expect((await send(`${app.url}/v1/me/appointments`, 'GET')).status).toBe(401);
    const expired = await new SignJWT({ role: 'authenticated' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(clinic.anaAuth)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const expiredRes = await send(`${app.url}/v1/me/appointments`, 'GET', undefined, {
      authorization: `Bearer ${expired}`,
    });
    expect(expiredRes.status).toBe(401);
    expect(expiredRes.body.detail).toMatch(/expired/);
    const forged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(clinic.anaAuth)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-that-is-long-enough-to-sign'));
    expect(
      (await send(`${app.url}/v1/admin/appointments`, 'GET', undefined, { authorization: `Bearer ${forged}` })).status,
    ).toBe(401);
    for (const role of ['service', 'whatsapp_service', 'postgres', 'superuser']) {
      const token = await new SignJWT({ role })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(clinic.anaAuth)
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(TEST_JWT_SECRET));
      const res = await send(`${app.url}/v1/me/appointments`, 'GET', undefined, { authorization: `Bearer ${token}` });
      expect(res.status).toBe(401);
    }
    // A patient's token is not an admin's.
    expect((await send(`${app.url}/v1/admin/appointments`, 'GET', undefined, await as(patientAuth))).status).toBe(403);
    expect(await rowOf(bertoAppointment)).toMatchObject({ status: 'scheduled' });
  });
});
