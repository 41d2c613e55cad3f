import type { Queryable } from '../../platform/db/types.js';

export interface PsychologistOption {
  id: number;
  name: string;
  bio: string | null;
}

/** Active psychologists, in a stable order for lists and typed numbers. */
export async function activePsychologists(tx: Queryable): Promise<PsychologistOption[]> {
  const result = await tx.query<{ id: number; first_name: string; last_name: string; bio: string | null }>(
    'SELECT id, first_name, last_name, bio FROM psychologists WHERE is_active ORDER BY last_name, first_name, id',
  );
  return result.rows.map((row) => ({ id: row.id, name: `${row.first_name} ${row.last_name}`, bio: row.bio }));
}

export interface PatientAppointment {
  id: number;
  date: string;
  startTime: string;
  psychologistName: string;
}

const APPOINTMENT_COLUMNS = `a.id, to_char(a.appointment_date, 'YYYY-MM-DD') AS date, to_char(a.start_time, 'HH24:MI') AS start_time,
       p.first_name || ' ' || p.last_name AS psychologist_name`;

type AppointmentRow = { id: number; date: string; start_time: string; psychologist_name: string };
const toAppointment = (row: AppointmentRow): PatientAppointment => ({
  id: row.id,
  date: row.date,
  startTime: row.start_time,
  psychologistName: row.psychologist_name,
});

/** The patient's live appointments from the clinic-local moment `today`/`time` on (10 at most). */
export async function upcomingAppointments(tx: Queryable, phone: string, today: string, time: string) {
  const result = await tx.query<AppointmentRow>(
    `SELECT ${APPOINTMENT_COLUMNS}
       FROM appointments a JOIN users u ON u.id = a.user_id JOIN psychologists p ON p.id = a.psychologist_id
      WHERE u.phone = $1 AND a.status IN ('scheduled', 'confirmed')
        AND a.appointment_date + a.start_time >= $2::date + $3::time
      ORDER BY a.appointment_date, a.start_time LIMIT 10`,
    [phone, today, time],
  );
  return result.rows.map(toAppointment);
}

/**
 * Cancels one live appointment of this patient; undefined when it is not theirs or not live.
 * The exclusion constraint only covers live appointments, so the time is free again at once.
 */
export async function cancelPatientAppointment(tx: Queryable, phone: string, appointmentId: number) {
  const result = await tx.query<AppointmentRow>(
    `WITH cancelled AS (
       UPDATE appointments a SET status = 'cancelled'
         FROM users u
        WHERE a.id = $2 AND a.user_id = u.id AND u.phone = $1 AND a.status IN ('scheduled', 'confirmed')
        RETURNING a.*)
     SELECT ${APPOINTMENT_COLUMNS} FROM cancelled a JOIN psychologists p ON p.id = a.psychologist_id`,
    [phone, appointmentId],
  );
  const row = result.rows[0];
  return row && toAppointment(row);
}
