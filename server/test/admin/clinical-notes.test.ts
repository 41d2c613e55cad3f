import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { MONDAY, NOW, seedClinic, send, type Clinic } from '@psybook/testkit/clinic';

describe.each(ENGINES)("clinical notes apart from the patient's note on %s (hardening 6)", (engine) => {
  let app: TestApp;
  let clinic: Clinic;
  let patientAuth: string;
  let appointment: number;
  const as = async (sub: string) => ({ authorization: `Bearer ${await app.token('authenticated', sub)}` });
  const patch = async (sub: string, body: unknown) =>
    send(`${app.url}/v1/appointments/${appointment}`, 'PATCH', body, await as(sub));
  const storedNote = async () =>
    (
      await app.db.owner.query<{ body: string }>('SELECT body FROM session_notes WHERE appointment_id = $1', [
        appointment,
      ])
    ).rows[0]?.body;

  beforeAll(async () => {
    app = await startTestApp(engine, { now: () => NOW });
    clinic = await seedClinic(app.db);
    patientAuth = (
      await app.db.owner.query<{ id: string }>(
        `INSERT INTO auth.users (email) VALUES ('pn@example.test') RETURNING id::text`,
      )
    ).rows[0]!.id;
    const { rows } = await app.db.owner.query<{ id: number }>(
      `WITH u AS (INSERT INTO users (first_name, last_name, phone, auth_id) VALUES ('Pat', 'Note', '+34600000031', $1) RETURNING id)
       INSERT INTO appointments (user_id, psychologist_id, appointment_date, start_time, end_time, entry_method, notes)
       SELECT u.id, $2, $3, '11:00', '11:50', 'web_form', 'I would like mornings' FROM u RETURNING id`,
      [patientAuth, clinic.anaId, MONDAY],
    );
    appointment = rows[0]!.id;
  });
  afterAll(() => app.close());

  it('the psychologist writes clinical notes; the patient neither reads nor erases them', async () => {
    const written = await patch(clinic.anaAuth, { clinicalNotes: 'Anxiety; CBT plan, session 1.' });
    expect(written.status).toBe(200);
    expect(written.body.appointment).toMatchObject({
      notes: 'I would like mornings',
      clinicalNotes: 'Anxiety; CBT plan, session 1.',
    });

    const mine = await send(`${app.url}/v1/me/appointments`, 'GET', undefined, await as(patientAuth));
    expect(mine.body.data[0]).toMatchObject({ id: appointment, notes: 'I would like mornings', clinicalNotes: null });

    // The reproduction: the patient's PATCH with notes: null now touches only their own note.
    const erased = await patch(patientAuth, { notes: null });
    expect(erased.status).toBe(200);
    expect(await storedNote()).toBe('Anxiety; CBT plan, session 1.');
    const refused = await patch(patientAuth, { clinicalNotes: null });
    expect(refused.status).toBe(403);
    expect(await storedNote()).toBe('Anxiety; CBT plan, session 1.');
  });

  it("another psychologist cannot read or write this session's notes", async () => {
    const other = await patch(clinic.bertoAuth, { clinicalNotes: 'not mine' });
    expect(other.status).toBe(404);
    expect(await storedNote()).toBe('Anxiety; CBT plan, session 1.');
  });

  it('an admin reads them, and the psychologist can erase them', async () => {
    const admin = `Bearer ${await app.token('admin', '00000000-0000-4000-8000-000000000001')}`;
    const list = await send(`${app.url}/v1/admin/appointments`, 'GET', undefined, { authorization: admin });
    expect(list.body.data.find((a: { id: number }) => a.id === appointment).clinicalNotes).toBe(
      'Anxiety; CBT plan, session 1.',
    );
    expect((await patch(clinic.anaAuth, { clinicalNotes: null })).body.appointment.clinicalNotes).toBeNull();
    expect(await storedNote()).toBeUndefined();
  });
});
