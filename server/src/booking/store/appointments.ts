import type { Queryable } from '../../platform/db/types.js';

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
