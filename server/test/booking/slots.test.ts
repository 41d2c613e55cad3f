import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { MONDAY, NOW, seedClinic, send, type Clinic } from '@psybook/testkit/clinic';

describe.each(ENGINES)('public reads on %s', (engine) => {
  let app: TestApp;
  let clinic: Clinic;
  const slots = (id: number | string, query: string) => send(`${app.url}/v1/psychologists/${id}/slots?${query}`, 'GET');

  beforeAll(async () => {
    app = await startTestApp(engine, { now: () => NOW, env: { CLINIC_NAME: 'Clínica Test', EXPERIMENT_SPLIT: '0.3' } });
    clinic = await seedClinic(app.db);
    const user = await app.db.owner.query<{ id: number }>(
      `INSERT INTO users (first_name, last_name, phone) VALUES ('Hidden', 'Patient', '+34600123123') RETURNING id`,
    );
    await app.db.owner.query(
      `INSERT INTO appointments (user_id, psychologist_id, appointment_date, start_time, end_time, entry_method, status) VALUES
        ($1, $2, $3, '10:00', '10:50', 'web_form', 'scheduled'),
        ($1, $2, $3, '11:00', '11:50', 'web_form', 'cancelled'),
        ($1, $2, $3, '12:00', '12:50', 'web_form', 'confirmed')`,
      [user.rows[0]!.id, clinic.anaId, MONDAY],
    );
  });
  afterAll(async () => app.close());

  it('GET /v1/config describes the clinic', async () => {
    const res = await send(`${app.url}/v1/config`, 'GET');
    expect(res.body).toEqual({
      clinicName: 'Clínica Test',
      timezone: 'Europe/Madrid',
      whatsappNumber: '+34600000000',
      experiment: { webFormShare: 0.3 },
      sessionMinutes: 50,
      bookingHorizonDays: 60,
      defaultCountry: 'ES',
    });
  });

  it('GET /v1/config tells where click-to-chat links open when WHATSAPP_CHAT_URL is set (the demo simulator)', async () => {
    const demo = await startTestApp(engine, { db: app.db, env: { WHATSAPP_CHAT_URL: 'http://127.0.0.1:3000/chat' } });
    try {
      const res = await send(`${demo.url}/v1/config`, 'GET');
      expect(res.body).toMatchObject({ chatUrl: 'http://127.0.0.1:3000/chat', whatsappNumber: '+34600000000' });
    } finally {
      await demo.close();
    }
  });

  it('GET /v1/psychologists lists active ones without contact details', async () => {
    const res = await send(`${app.url}/v1/psychologists`, 'GET');
    expect(res.body.data).toEqual([
      { id: clinic.anaId, firstName: 'Ana', lastName: 'Alba', bio: 'CBT' },
      { id: clinic.bertoId, firstName: 'Berto', lastName: 'Brito', bio: null },
    ]);
  });

  it('lists free slots: scheduled and confirmed times are gone, cancelled ones are free; nothing about the patient', async () => {
    const res = await slots(clinic.anaId, `from=${MONDAY}&to=${MONDAY}`);
    expect(res.status).toBe(200);
    expect(res.body.timezone).toBe('Europe/Madrid');
    expect(res.body.data.map((s: { startTime: string }) => s.startTime)).toEqual(['09:00', '11:00']);
    expect(Object.keys(res.body.data[0]).sort()).toEqual(['date', 'endTime', 'endsAt', 'startTime', 'startsAt']);
    expect(JSON.stringify(res.body)).not.toMatch(/Hidden|Patient|600123123/);
  });

  it('starts after now + notice and stops at the horizon', async () => {
    // Now is Friday 27 Feb 10:00 in Madrid; notice 2 h; horizon 60 days (to Tuesday 28 April).
    const res = await slots(clinic.anaId, 'from=2026-02-27&to=2026-04-28');
    const data = res.body.data as { date: string; startTime: string }[];
    expect(data[0]).toMatchObject({ date: '2026-02-27', startTime: '12:00' });
    expect(data.at(-1)).toMatchObject({ date: '2026-04-28', startTime: '12:00' });
    const beyond = await slots(clinic.anaId, 'from=2026-04-29&to=2026-05-10');
    expect(beyond.body.data).toEqual([]);
  });

  it.each([
    ['to before from', `from=${MONDAY}&to=2026-03-01`, 'query.to'],
    ['a range longer than the horizon', 'from=2026-03-01&to=2026-06-01', 'query.to'],
    ['a malformed date', 'from=2026-3-1&to=2026-03-02', 'query.from'],
    ['an impossible date', 'from=2026-02-30&to=2026-03-02', 'query.from'],
    ['a missing to', `from=${MONDAY}`, 'query.to'],
    ['an unknown parameter', `from=${MONDAY}&to=${MONDAY}&limit=3`, 'query.limit'],
  ])('refuses %s with 400 naming %s', async (_label, query, field) => {
    const res = await slots(clinic.anaId, query);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers 404 for an unknown or inactive psychologist and 400 for a bad id', async () => {
    expect((await slots(clinic.inactiveId, `from=${MONDAY}&to=${MONDAY}`)).status).toBe(404);
    expect((await slots(987654, `from=${MONDAY}&to=${MONDAY}`)).status).toBe(404);
    const bad = await slots('x1', `from=${MONDAY}&to=${MONDAY}`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('params.id');
  });
});
