import { EVENT_TYPES } from '@psybook/client-sdk/schema';
import type { Queryable } from '../platform/db/types.js';

/** An arm's counts as SQL computes them; the statistics are added in TS (stats.ts). */
export interface ArmRow {
  entry_method: 'web_form' | 'click_to_chat';
  sessions: number;
  conversions: number;
  median_ms: number | null;
  p90_ms: number | null;
}

export interface StepRow {
  entry_method: 'web_form' | 'click_to_chat';
  event_type: string;
  sessions: number;
}

export interface DayRow {
  date: string;
  entry_method: 'web_form' | 'click_to_chat';
  sessions: number;
  conversions: number;
}

export interface AbCounts {
  arms: ArmRow[];
  steps: StepRow[];
  daily: DayRow[];
}

/**
 * One statement, so every figure comes from one snapshot while metrics keep arriving.
 *
 * - The range is clinic-local days [$1, $2], turned into UTC bounds on `event_timestamp`
 *   (stored in UTC) so the index on it can be used.
 * - A session is a (entry_method, session_id) pair with an event in range; its day is the
 *   clinic-local day of its first event. Metrics are grouped once, by session: the steps a
 *   session reached are bits of `reached` (bit i = $4[i]), which keeps one pass over the rows.
 * - A session converts when it reached booking_confirmed or chat_completed, or carries an
 *   appointment that was created through the same entry method. Its time to book is the
 *   smallest `time_taken` of its converting events, or else the time from its first event to
 *   its first converting one.
 */
export const AB_REPORT_SQL = `
WITH sessions AS (
  SELECT m.entry_method, m.session_id,
         bit_or(1::bigint << array_position($4::text[], m.event_type::text)) AS reached,
         bool_or(m.event_type IN ('booking_confirmed', 'chat_completed') OR a.id IS NOT NULL) AS converted,
         to_char((min(m.event_timestamp) AT TIME ZONE 'UTC') AT TIME ZONE $3, 'YYYY-MM-DD') AS day,
         coalesce(
           min(m.time_taken) FILTER (WHERE m.event_type IN ('booking_confirmed', 'chat_completed') OR a.id IS NOT NULL)::float8,
           extract(epoch FROM min(m.event_timestamp) FILTER (WHERE m.event_type IN ('booking_confirmed', 'chat_completed') OR a.id IS NOT NULL)
                              - min(m.event_timestamp))::float8 * 1000) AS time_to_book_ms
  FROM metrics m
  LEFT JOIN appointments a ON a.id = m.appointment_id AND a.entry_method = m.entry_method
  WHERE m.event_timestamp >= ($1::date::timestamp AT TIME ZONE $3) AT TIME ZONE 'UTC'
    AND m.event_timestamp < (($2::date + 1)::timestamp AT TIME ZONE $3) AT TIME ZONE 'UTC'
  GROUP BY m.entry_method, m.session_id
),
arms AS (
  SELECT entry_method, count(*)::int AS sessions, count(*) FILTER (WHERE converted)::int AS conversions,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY time_to_book_ms) FILTER (WHERE converted) AS median_ms,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY time_to_book_ms) FILTER (WHERE converted) AS p90_ms
  FROM sessions GROUP BY entry_method
),
steps AS (
  SELECT s.entry_method, t.event_type, count(*)::int AS sessions
  FROM sessions s
  JOIN unnest($4::text[]) WITH ORDINALITY AS t(event_type, bit) ON s.reached & (1::bigint << t.bit::int) <> 0
  GROUP BY s.entry_method, t.event_type
),
days AS (
  SELECT to_char(d, 'YYYY-MM-DD') AS date, arm.entry_method
  FROM generate_series($1::date::timestamp, $2::date::timestamp, interval '1 day') AS d
  CROSS JOIN (VALUES ('web_form'), ('click_to_chat')) AS arm(entry_method)
),
daily AS (
  SELECT days.date, days.entry_method, count(s.session_id)::int AS sessions,
         count(s.session_id) FILTER (WHERE s.converted)::int AS conversions
  FROM days
  LEFT JOIN sessions s ON s.entry_method = days.entry_method AND s.day = days.date
  GROUP BY days.date, days.entry_method
)
SELECT
  (SELECT coalesce(json_agg(arms), '[]') FROM arms) AS arms,
  (SELECT coalesce(json_agg(steps), '[]') FROM steps) AS steps,
  (SELECT coalesce(json_agg(daily ORDER BY date, entry_method), '[]') FROM daily) AS daily`;

/**
 * Reads the report's counts in the caller's transaction. The policies decide what the caller
 * sees: only `admin` may read metrics, so anyone else gets nothing (or, without the table
 * privilege, a permission error).
 */
export async function queryAbCounts(
  tx: Queryable,
  range: { from: string; to: string; timezone: string },
): Promise<AbCounts> {
  const { rows } = await tx.query<{ arms: unknown; steps: unknown; daily: unknown }>(AB_REPORT_SQL, [
    range.from,
    range.to,
    range.timezone,
    [...EVENT_TYPES],
  ]);
  const row = rows[0]!;
  // json columns arrive parsed from pg and PGlite alike; accept text too, for safety across drivers.
  const value = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  return { arms: value(row.arms), steps: value(row.steps), daily: value(row.daily) };
}
