import type { Queryable } from '../db/types.js';
import type { BusyRange } from '../services/slot-rules.js';

/**
 * Live appointment times of one psychologist between two dates, through the SECURITY DEFINER
 * function `busy_ranges`, so anonymous callers learn when someone is busy and nothing else.
 */
export async function busyRanges(tx: Queryable, psychologistId: number, from: string, to: string): Promise<BusyRange[]> {
  const { rows } = await tx.query<{ date: string; start_minutes: number; end_minutes: number }>(
    `SELECT to_char(appointment_date, 'YYYY-MM-DD') AS date,
            (extract(epoch FROM start_time) / 60)::int AS start_minutes,
            (extract(epoch FROM end_time) / 60)::int AS end_minutes
       FROM public.busy_ranges($1, $2::date, $3::date)`,
    [psychologistId, from, to],
  );
  return rows.map((row) => ({ date: row.date, startMinutes: row.start_minutes, endMinutes: row.end_minutes }));
}
