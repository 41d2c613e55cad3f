import type { Database } from '../../../server/src/platform/db/types.js';

/** A Monday in March 2026, before Europe/Madrid's clock change on Sunday 29 March. */
export const MONDAY = '2026-03-02';
/** Pinned "now": the Friday before, 10:00 in Madrid. */
export const NOW = new Date('2026-02-27T09:00:00Z');

export interface Clinic {
  /** Active, Monday–Friday 09:00–13:00. */
  anaId: number;
  /** Active, Monday 10:00–12:00; signs in as `bertoAuth`. */
  bertoId: number;
  /** Inactive. */
  inactiveId: number;
  anaAuth: string;
  bertoAuth: string;
}

let counter = 0;

/** Seeds psychologists and weekly windows as the owner; each call makes distinct rows. */
export async function seedClinic(db: Database): Promise<Clinic> {
  const n = ++counter + Math.floor(Math.random() * 1e6);
  const auth = await db.owner.query<{ id: string }>(
    `INSERT INTO auth.users (email) VALUES ($1), ($2) RETURNING id::text`,
    [`ana${n}@example.test`, `berto${n}@example.test`],
  );
  const [anaAuth, bertoAuth] = auth.rows.map((row) => row.id) as [string, string];
  const { rows } = await db.owner.query<{ id: number }>(
    `INSERT INTO psychologists (first_name, last_name, email, bio, is_active, auth_id) VALUES
       ('Ana', 'Alba', $1, 'CBT', true, $4),
       ('Berto', 'Brito', $2, null, true, $5),
       ('Ina', 'Inactiva', $3, null, false, null)
     RETURNING id`,
    [`ana${n}@clinic.test`, `berto${n}@clinic.test`, `ina${n}@clinic.test`, anaAuth, bertoAuth],
  );
  const [anaId, bertoId, inactiveId] = rows.map((row) => row.id) as [number, number, number];
  await db.owner.query(
    `INSERT INTO availability (psychologist_id, day_of_week, start_time, end_time)
     SELECT $1::int, d, TIME '09:00', TIME '13:00' FROM generate_series(1, 5) d
     UNION ALL SELECT $2::int, 1, TIME '10:00', TIME '12:00'
     UNION ALL SELECT $3::int, d, TIME '09:00', TIME '13:00' FROM generate_series(1, 5) d`,
    [anaId, bertoId, inactiveId],
  );
  return { anaId, bertoId, inactiveId, anaAuth, bertoAuth };
}

/** How many rows a table has (as the owner, RLS aside). */
export async function countRows(
  db: Database,
  table:
    | 'appointments'
    | 'users'
    | 'psybook_private.manage_tokens'
    | 'psybook_private.idempotency_keys'
    | 'psychologists'
    | 'availability',
): Promise<number> {
  const { rows } = await db.owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]!.n;
}

export const patient = (phone = '+34600111222') => ({ firstName: 'Paula', lastName: 'Pérez', phone });

export function bookingBody(psychologistId: number, overrides: Record<string, unknown> = {}) {
  return {
    psychologistId,
    date: MONDAY,
    startTime: '09:00',
    entryMethod: 'web_form',
    patient: patient(),
    ...overrides,
  };
}

/** POSTs JSON and returns status and parsed body. */
export async function send(
  url: string,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
  // The tests assert on the parsed body field by field; typing every response here would add nothing.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(url, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}
