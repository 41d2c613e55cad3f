import type { Queryable } from '../../platform/db/types.js';
import { Forbidden } from '../../platform/errors.js';

/** An appointment row with its date normalised, as both engines return it. */
export interface AppointmentRow {
  id: number;
  psychologist_id: number;
  date: string;
  start_time: string;
  end_time: string;
  status: 'scheduled' | 'confirmed' | 'cancelled' | 'completed';
  entry_method: 'web_form' | 'click_to_chat';
}

export const APPOINTMENT_COLUMNS = `id, psychologist_id, to_char(appointment_date, 'YYYY-MM-DD') AS date,
  start_time::text AS start_time, end_time::text AS end_time, status, entry_method`;

export interface NewAppointment {
  userId: number;
  psychologistId: number;
  date: string;
  startTime: string;
  endTime: string;
  entryMethod: 'web_form' | 'click_to_chat';
  notes?: string | undefined;
}

/** Inserts a scheduled appointment; the exclusion constraint refuses an overlap (23P01). */
export async function insertAppointment(tx: Queryable, a: NewAppointment): Promise<AppointmentRow> {
  const { rows } = await tx.query<AppointmentRow>(
    `INSERT INTO appointments (user_id, psychologist_id, appointment_date, start_time, end_time, status, notes, entry_method)
     VALUES ($1, $2, $3::date, $4::time, $5::time, 'scheduled', $6, $7)
     RETURNING ${APPOINTMENT_COLUMNS}`,
    [a.userId, a.psychologistId, a.date, a.startTime, a.endTime, a.notes ?? null, a.entryMethod],
  );
  return rows[0]!;
}

/** One appointment visible to the caller. */
export async function findAppointment(tx: Queryable, id: number): Promise<AppointmentRow | undefined> {
  const { rows } = await tx.query<AppointmentRow>(`SELECT ${APPOINTMENT_COLUMNS} FROM appointments WHERE id = $1`, [
    id,
  ]);
  return rows[0];
}

/** One appointment visible to the caller, locked for the rest of the transaction. */
export async function lockAppointment(tx: Queryable, id: number): Promise<AppointmentRow | undefined> {
  const { rows } = await tx.query<AppointmentRow>(
    `SELECT ${APPOINTMENT_COLUMNS} FROM appointments WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return rows[0];
}

/** Sets the status; the transition trigger refuses what the domain does not allow (23514). */
export async function setAppointmentStatus(
  tx: Queryable,
  id: number,
  status: AppointmentRow['status'],
): Promise<AppointmentRow | undefined> {
  const { rows } = await tx.query<AppointmentRow>(
    `UPDATE appointments SET status = $2 WHERE id = $1 RETURNING ${APPOINTMENT_COLUMNS}`,
    [id, status],
  );
  return rows[0];
}

/** Moves an appointment in one statement: the exclusion constraint checks the new time (23P01). */
export async function moveAppointment(
  tx: Queryable,
  id: number,
  to: { date: string; startTime: string; endTime: string },
): Promise<AppointmentRow | undefined> {
  const { rows } = await tx.query<AppointmentRow>(
    `UPDATE appointments SET appointment_date = $2::date, start_time = $3::time, end_time = $4::time
      WHERE id = $1 RETURNING ${APPOINTMENT_COLUMNS}`,
    [id, to.date, to.startTime, to.endTime],
  );
  return rows[0];
}

export interface StaffRow extends AppointmentRow {
  notes: string | null;
  clinical_notes: string | null;
  created_at: string;
  patient_id: number;
  patient_first_name: string | null;
  patient_last_name: string | null;
  patient_phone: string | null;
  psychologist_first_name: string | null;
  psychologist_last_name: string | null;
}

export interface StaffFilter {
  id?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  status?: string | undefined;
  psychologistId?: number | undefined;
  limit?: number | undefined;
}

/** @default 200 */
export const DEFAULT_LIST_LIMIT = 200;

/**
 * Appointments with who they are with, as the caller's policies allow: a patient gets their
 * own, a psychologist theirs (with their patients' names), an admin all. Joins are LEFT so a
 * row the caller may not see in `users`/`psychologists` never hides the appointment itself.
 */
export async function listStaffRows(tx: Queryable, filter: StaffFilter): Promise<StaffRow[]> {
  const { rows } = await tx.query<StaffRow>(
    `SELECT a.id, a.psychologist_id, to_char(a.appointment_date, 'YYYY-MM-DD') AS date,
            a.start_time::text AS start_time, a.end_time::text AS end_time, a.status, a.entry_method,
            a.notes, sn.body AS clinical_notes, to_json(a.created_at) #>> '{}' AS created_at,
            a.user_id AS patient_id, u.first_name AS patient_first_name, u.last_name AS patient_last_name,
            u.phone AS patient_phone,
            p.first_name AS psychologist_first_name, p.last_name AS psychologist_last_name
       FROM appointments a
       LEFT JOIN users u ON u.id = a.user_id
       LEFT JOIN psychologists p ON p.id = a.psychologist_id
       LEFT JOIN session_notes sn ON sn.appointment_id = a.id
      WHERE ($1::int IS NULL OR a.id = $1)
        AND ($2::date IS NULL OR a.appointment_date >= $2::date)
        AND ($3::date IS NULL OR a.appointment_date <= $3::date)
        AND ($4::text IS NULL OR a.status = $4::text)
        AND ($5::int IS NULL OR a.psychologist_id = $5)
      ORDER BY a.appointment_date, a.start_time, a.id
      LIMIT $6`,
    [
      filter.id ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.status ?? null,
      filter.psychologistId ?? null,
      filter.limit ?? DEFAULT_LIST_LIMIT,
    ],
  );
  return rows;
}

/**
 * Writes (or with `null` erases) the session's clinical notes as the caller; the policies let
 * only the session's psychologist and admins, and refuse anyone else (42501).
 */
export async function setSessionNotes(tx: Queryable, appointmentId: number, body: string | null): Promise<void> {
  if (body === null) {
    const { rowCount } = await tx.query('DELETE FROM session_notes WHERE appointment_id = $1', [appointmentId]);
    if (rowCount > 0 || (await maySeeSessionNotes(tx, appointmentId))) return;
    // Nothing the caller may see was there to erase, and it is not theirs to erase.
    throw new Forbidden(SESSION_NOTES_ONLY);
  }
  await tx.query(
    `INSERT INTO session_notes (appointment_id, body) VALUES ($1, $2)
     ON CONFLICT (appointment_id) DO UPDATE SET body = EXCLUDED.body`,
    [appointmentId, body],
  );
}

export const SESSION_NOTES_ONLY =
  "only the session's psychologist and the clinic's admins may write its clinical notes";

/** Whether the caller is the session's psychologist or an admin (the notes policies' question). */
async function maySeeSessionNotes(tx: Queryable, appointmentId: number): Promise<boolean> {
  const { rows } = await tx.query<{ ok: boolean }>(
    `SELECT (auth.jwt() ->> 'role' = 'admin') OR EXISTS (
       SELECT 1 FROM appointments a JOIN psychologists p ON p.id = a.psychologist_id
        WHERE a.id = $1 AND p.auth_id = auth.uid()) AS ok`,
    [appointmentId],
  );
  return rows[0]?.ok === true;
}

/** Replaces the notes of one appointment the caller may update; false when there is none. */
export async function setAppointmentNotes(tx: Queryable, id: number, notes: string | null): Promise<boolean> {
  const { rowCount } = await tx.query('UPDATE appointments SET notes = $2 WHERE id = $1', [id, notes]);
  return rowCount > 0;
}

/** A live appointment of the patient with this phone, as the bot's role sees it. */
export interface PatientAppointment {
  id: number;
  date: string;
  startTime: string;
  psychologistName: string;
}

const PATIENT_COLUMNS = `a.id, to_char(a.appointment_date, 'YYYY-MM-DD') AS date, to_char(a.start_time, 'HH24:MI') AS start_time,
       p.first_name || ' ' || p.last_name AS psychologist_name`;

type PatientRow = { id: number; date: string; start_time: string; psychologist_name: string };
const toPatientAppointment = (row: PatientRow): PatientAppointment => ({
  id: row.id,
  date: row.date,
  startTime: row.start_time,
  psychologistName: row.psychologist_name,
});

/**
 * The live appointments of the patient with this phone from the clinic-local moment
 * `today`/`time` on (10 at most); with `id`, only that one.
 */
export async function upcomingOfPhone(
  tx: Queryable,
  phone: string,
  from: { today: string; time: string },
  id?: number,
): Promise<PatientAppointment[]> {
  const { rows } = await tx.query<PatientRow>(
    `SELECT ${PATIENT_COLUMNS}
       FROM appointments a JOIN users u ON u.id = a.user_id JOIN psychologists p ON p.id = a.psychologist_id
      WHERE u.phone = $1 AND a.status IN ('scheduled', 'confirmed')
        AND a.appointment_date + a.start_time >= $2::date + $3::time
        AND ($4::int IS NULL OR a.id = $4)
      ORDER BY a.appointment_date, a.start_time LIMIT 10`,
    [phone, from.today, from.time, id ?? null],
  );
  return rows.map(toPatientAppointment);
}

/**
 * The live appointments still ahead of `now` of the patient with this phone, after taking a
 * lock on the phone for the rest of the transaction: two bookings for one number are counted
 * one after the other, so a cap on them holds under concurrency (and across processes).
 */
export async function lockAndCountUpcomingOfPhone(
  tx: Queryable,
  phone: string,
  now: Date,
  timeZone: string,
): Promise<number> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('psybook:phone:' || $1, 0))`, [phone]);
  const { rows } = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM appointments a JOIN users u ON u.id = a.user_id
      WHERE u.phone = $1 AND a.status IN ('scheduled', 'confirmed')
        AND (a.appointment_date + a.start_time) AT TIME ZONE $2 >= $3::timestamptz`,
    [phone, timeZone, now.toISOString()],
  );
  return rows[0]!.n;
}
