import type { Claims, Database } from '../../../src/platform/db/types.js';

/** A signed-in patient: an auth user linked by `users.auth_id`. */
export interface Patient {
  authId: string;
  userId: number;
  claims: Claims;
}

/** A signed-in psychologist: an auth user linked by `psychologists.auth_id`. */
export interface Psychologist {
  authId: string;
  id: number;
  claims: Claims;
}

/**
 * Rows written as the owner (RLS does not apply) once per test file. Every policy case runs in
 * a rolled-back transaction, so these rows are the same for every case. "A" rows belong to
 * patient A and psychologist A, "B" rows to patient B and psychologist B.
 */
export interface PolicyFixture {
  patientA: Patient;
  patientB: Patient;
  /** Signed in, but no `users` row yet: the one who may insert their own. */
  newcomer: { authId: string; claims: Claims };
  psychA: Psychologist;
  psychB: Psychologist;
  /** Not linked to any auth user, `is_active = false`. */
  inactivePsychId: number;
  availability: { ofA: number; ofB: number };
  /** Both scheduled on 2031-03-03 10:00–11:00: A with psychologist A, B with psychologist B. */
  appointments: { ofA: number; ofB: number };
  metrics: { web: number; chat: number };
  chatSessions: { ofA: number; ofB: number };
  sessionStates: { ofA: number; ofB: number };
}

/** Claims of the roles that are not a particular person. */
export const ANON: Claims = { role: 'anon' };
export const ADMIN: Claims = { role: 'admin', sub: '00000000-0000-4000-8000-0000000000ad' };
export const SERVICE: Claims = { role: 'service' };
export const WHATSAPP: Claims = { role: 'whatsapp_service' };

const AUTH = {
  patientA: '00000000-0000-4000-8000-00000000000a',
  patientB: '00000000-0000-4000-8000-00000000000b',
  newcomer: '00000000-0000-4000-8000-00000000000c',
  psychA: '00000000-0000-4000-8000-0000000000fa',
  psychB: '00000000-0000-4000-8000-0000000000fb',
};

const authenticated = (sub: string): Claims => ({ role: 'authenticated', sub });

/** Inserts the fixture rows as the owner and returns their ids. */
export async function insertPolicyFixture(db: Database): Promise<PolicyFixture> {
  const one = async (sql: string, params: unknown[]) => {
    const { rows } = await db.owner.query<{ id: number }>(sql, params);
    if (!rows[0]) throw new Error(`fixture insert returned nothing: ${sql}`);
    return rows[0].id;
  };
  await db.owner.query(
    `INSERT INTO auth.users (id, email) SELECT id, id || '@auth.example.test' FROM unnest($1::uuid[]) AS id`,
    [[...Object.values(AUTH), ADMIN.sub]],
  );
  const user = (authId: string, first: string, phone: string) =>
    one(`INSERT INTO users (auth_id, first_name, last_name, phone) VALUES ($1, $2, 'Test', $3) RETURNING id`, [
      authId,
      first,
      phone,
    ]);
  const psychologist = (authId: string | null, first: string, active: boolean) =>
    one(
      `INSERT INTO psychologists (auth_id, first_name, last_name, email, is_active)
       VALUES ($1, $2::text, 'Test', lower($2::text) || '@clinic.example.test', $3) RETURNING id`,
      [authId, first, active],
    );
  const userA = await user(AUTH.patientA, 'Ana', '+34600000101');
  const userB = await user(AUTH.patientB, 'Bruno', '+34600000102');
  const psychA = await psychologist(AUTH.psychA, 'Alba', true);
  const psychB = await psychologist(AUTH.psychB, 'Bea', true);
  const inactivePsychId = await psychologist(null, 'Ines', false);

  const window = (psychologistId: number) =>
    one(
      `INSERT INTO availability (psychologist_id, day_of_week, start_time, end_time)
       VALUES ($1, 1, '09:00', '13:00') RETURNING id`,
      [psychologistId],
    );
  const appointment = (userId: number, psychologistId: number) =>
    one(
      `INSERT INTO appointments (user_id, psychologist_id, appointment_date, start_time, end_time, entry_method, notes)
       VALUES ($1, $2, '2031-03-03', '10:00', '11:00', 'web_form', 'private note') RETURNING id`,
      [userId, psychologistId],
    );
  const appointments = { ofA: await appointment(userA, psychA), ofB: await appointment(userB, psychB) };
  const metric = (entryMethod: string, appointmentId: number) =>
    one(
      `INSERT INTO metrics (entry_method, event_type, session_id, appointment_id)
       VALUES ($1::text, 'booking_confirmed', 'fixture-' || $1::text, $2) RETURNING id`,
      [entryMethod, appointmentId],
    );
  const chat = (userId: number, waId: string) =>
    one(
      `INSERT INTO chat_sessions (user_id, whatsapp_id, entry_method) VALUES ($1, $2, 'click_to_chat') RETURNING id`,
      [userId, waId],
    );
  const chatSessions = { ofA: await chat(userA, '34600000101'), ofB: await chat(userB, '34600000102') };
  const state = (chatSessionId: number) =>
    one(`INSERT INTO session_states (chat_session_id, current_step) VALUES ($1, 'welcome') RETURNING id`, [
      chatSessionId,
    ]);

  return {
    patientA: { authId: AUTH.patientA, userId: userA, claims: authenticated(AUTH.patientA) },
    patientB: { authId: AUTH.patientB, userId: userB, claims: authenticated(AUTH.patientB) },
    newcomer: { authId: AUTH.newcomer, claims: authenticated(AUTH.newcomer) },
    psychA: { authId: AUTH.psychA, id: psychA, claims: authenticated(AUTH.psychA) },
    psychB: { authId: AUTH.psychB, id: psychB, claims: authenticated(AUTH.psychB) },
    inactivePsychId,
    availability: { ofA: await window(psychA), ofB: await window(psychB) },
    appointments,
    metrics: { web: await metric('web_form', appointments.ofA), chat: await metric('click_to_chat', appointments.ofB) },
    chatSessions,
    sessionStates: { ofA: await state(chatSessions.ofA), ofB: await state(chatSessions.ofB) },
  };
}
