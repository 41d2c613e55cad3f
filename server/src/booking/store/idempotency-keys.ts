import type { Queryable } from '../../platform/db/types.js';

/**
 * Claims a key for this transaction. On Postgres a concurrent claim of the same key waits
 * here until the first transaction ends; returns false when the key was already there.
 */
export async function claimKey(tx: Queryable, scope: string, key: string, requestHash: string): Promise<boolean> {
  const { rows } = await tx.query(
    `INSERT INTO psybook_private.idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
     ON CONFLICT (scope, key) DO NOTHING RETURNING 1`,
    [scope, key, requestHash],
  );
  return rows.length === 1;
}

export interface StoredKey {
  request_hash: string;
  response_status: number | null;
  response_body: unknown;
}

export async function findKey(tx: Queryable, scope: string, key: string): Promise<StoredKey | undefined> {
  const { rows } = await tx.query<StoredKey>(
    'SELECT request_hash, response_status, response_body FROM psybook_private.idempotency_keys WHERE scope = $1 AND key = $2',
    [scope, key],
  );
  return rows[0];
}

export async function storeResponse(
  tx: Queryable,
  scope: string,
  key: string,
  status: number,
  body: unknown,
): Promise<void> {
  await tx.query(
    'UPDATE psybook_private.idempotency_keys SET response_status = $3, response_body = $4 WHERE scope = $1 AND key = $2',
    [scope, key, status, JSON.stringify(body)],
  );
}

/** Forgets keys older than `ttlMs` by the database's clock (their responses hold manage tokens). */
export async function pruneKeys(tx: Queryable, ttlMs: number): Promise<void> {
  await tx.query(
    "DELETE FROM psybook_private.idempotency_keys WHERE created_at < now() - $1 * interval '1 millisecond'",
    [ttlMs],
  );
}
