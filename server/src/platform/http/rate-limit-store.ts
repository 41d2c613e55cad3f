import type { Queryable } from '../db/types.js';

/**
 * Counts one hit in a client's current window and returns it with the previous window's
 * total, in one statement; the upsert's row lock orders concurrent hits of one client.
 */
export async function countHit(
  tx: Queryable,
  bucket: string,
  client: string,
  windowStart: Date,
  windowMs: number,
): Promise<{ current: number; previous: number }> {
  const { rows } = await tx.query<{ current: number; previous: number }>(
    `WITH hit AS (
       INSERT INTO psybook_private.rate_limit_hits (bucket, client, window_start) VALUES ($1, $2, $3)
       ON CONFLICT (bucket, client, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
       RETURNING hits)
     SELECT (SELECT hits FROM hit) AS current,
            coalesce((SELECT hits FROM psybook_private.rate_limit_hits
                       WHERE bucket = $1 AND client = $2 AND window_start = $3::timestamptz - make_interval(secs => $4::double precision / 1000)), 0)::int AS previous`,
    [bucket, client, windowStart.toISOString(), windowMs],
  );
  return rows[0]!;
}

/** Takes back a hit that was refused, so a client that keeps retrying is not locked out for good. */
export async function uncountHit(tx: Queryable, bucket: string, client: string, windowStart: Date): Promise<void> {
  await tx.query(
    `UPDATE psybook_private.rate_limit_hits SET hits = hits - 1 WHERE bucket = $1 AND client = $2 AND window_start = $3`,
    [bucket, client, windowStart.toISOString()],
  );
}

/** Drops windows that ended before `before`; they can no longer limit anyone. */
export async function pruneWindows(tx: Queryable, before: Date): Promise<void> {
  await tx.query('DELETE FROM psybook_private.rate_limit_hits WHERE window_start < $1', [before.toISOString()]);
}
