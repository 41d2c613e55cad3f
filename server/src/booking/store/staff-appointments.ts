import type { Queryable } from '../../platform/db/types.js';
import type { AppointmentRow } from './appointments.js';

export interface StaffRow extends AppointmentRow {
  notes: string | null;
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
            a.notes, to_json(a.created_at) #>> '{}' AS created_at,
            a.user_id AS patient_id, u.first_name AS patient_first_name, u.last_name AS patient_last_name,
            u.phone AS patient_phone,
            p.first_name AS psychologist_first_name, p.last_name AS psychologist_last_name
       FROM appointments a
       LEFT JOIN users u ON u.id = a.user_id
       LEFT JOIN psychologists p ON p.id = a.psychologist_id
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

/** Changes status and/or notes of one appointment the caller may update; false when none. */
export async function updateStatusAndNotes(
  tx: Queryable,
  id: number,
  change: { status?: string | undefined; notes?: string | null | undefined },
): Promise<boolean> {
  const { rowCount } = await tx.query(
    `UPDATE appointments SET
       status = coalesce($2, status),
       notes = CASE WHEN $3 THEN $4 ELSE notes END
     WHERE id = $1`,
    [id, change.status ?? null, change.notes !== undefined, change.notes ?? null],
  );
  return rowCount > 0;
}
