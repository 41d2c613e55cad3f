import type { Queryable } from '../../platform/db/types.js';
import type { BusyRange } from '../slot-rules.js';
import type { WeeklyWindow } from './availability.js';

/**
 * Everything the slot list needs in one round trip: the active weekly windows of an active
 * psychologist and their live appointment times between two dates. Busy times come through
 * the SECURITY DEFINER function `busy_ranges`, so anonymous callers learn when someone is
 * busy and nothing else. `undefined` when the psychologist is unknown or inactive.
 */
export async function slotInputsOf(
  tx: Queryable,
  psychologistId: number,
  from: string,
  to: string,
): Promise<{ windows: WeeklyWindow[]; busy: BusyRange[] } | undefined> {
  const { rows } = await tx.query<{ windows: WeeklyWindow[] | null; busy: BusyRange[] | null }>(
    `SELECT
       (SELECT json_agg(json_build_object(
                 'dayOfWeek', a.day_of_week,
                 'startMinutes', (extract(epoch FROM a.start_time) / 60)::int,
                 'endMinutes', (extract(epoch FROM a.end_time) / 60)::int))
          FROM availability a WHERE a.psychologist_id = p.id AND a.is_active) AS windows,
       (SELECT json_agg(json_build_object(
                 'date', to_char(b.appointment_date, 'YYYY-MM-DD'),
                 'startMinutes', (extract(epoch FROM b.start_time) / 60)::int,
                 'endMinutes', (extract(epoch FROM b.end_time) / 60)::int))
          FROM public.busy_ranges(p.id, $2::date, $3::date) b) AS busy
     FROM psychologists p
     WHERE p.id = $1 AND p.is_active`,
    [psychologistId, from, to],
  );
  const row = rows[0];
  return row ? { windows: row.windows ?? [], busy: row.busy ?? [] } : undefined;
}
