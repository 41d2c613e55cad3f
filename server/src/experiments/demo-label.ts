import type { Queryable } from '../platform/db/types.js';

/**
 * Whether any metric in the clinic-local range [from, to] comes from the demo seed (its first
 * event per visit carries `additional_data.source = 'demo'`). Runs with the caller's claims,
 * so only an admin can learn anything; bounded by the report's range index.
 */
export async function rangeHasDemoData(
  tx: Queryable,
  range: { from: string; to: string; timezone: string },
): Promise<boolean> {
  const { rows } = await tx.query<{ demo: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM metrics
       WHERE event_timestamp >= ($1::date::timestamp AT TIME ZONE $3) AT TIME ZONE 'UTC'
         AND event_timestamp < (($2::date + 1)::timestamp AT TIME ZONE $3) AT TIME ZONE 'UTC'
         AND additional_data ->> 'source' = 'demo') AS demo`,
    [range.from, range.to, range.timezone],
  );
  return rows[0]?.demo === true;
}
