import type { Queryable } from '../db/types.js';

/** Counts one hit in a client's window and returns the window's total so far. */
export async function countHit(tx: Queryable, bucket: string, client: string, windowStart: Date): Promise<number> {
  const { rows } = await tx.query<{ hits: number }>(
    `INSERT INTO psybook_private.rate_limit_hits (bucket, client, window_start) VALUES ($1, $2, $3)
     ON CONFLICT (bucket, client, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
     RETURNING hits`,
    [bucket, client, windowStart.toISOString()],
  );
  return rows[0]!.hits;
}

/** Drops windows that ended before `before`; they can no longer limit anyone. */
export async function pruneWindows(tx: Queryable, before: Date): Promise<void> {
  await tx.query('DELETE FROM psybook_private.rate_limit_hits WHERE window_start < $1', [before.toISOString()]);
}
