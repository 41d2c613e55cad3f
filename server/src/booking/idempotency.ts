import { createHash } from 'node:crypto';
import type { Queryable } from '../platform/db/types.js';
import { IdempotencyInProgress, IdempotencyKeyReused } from './errors.js';
import { claimKey, findKey, pruneKeys, storeResponse } from './store/idempotency-keys.js';

/** A key is remembered this long; a retry after that books again. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;

/** JSON with sorted keys, so the same request hashes the same whatever its key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface Replay {
  status: number;
  body: unknown;
}

/**
 * Runs `fn` once per (scope, key) across all processes, in the caller's transaction.
 * The key's row is written before the work, so a concurrent request with the same key
 * waits on it and then replays the stored response; if the work fails the transaction
 * rolls back and the key is free again. The same key with another body is refused (`IdempotencyKeyReused`).
 */
export async function idempotent(
  tx: Queryable,
  options: { scope: string; key: string; request: unknown },
  fn: () => Promise<Replay>,
): Promise<Replay & { replayed: boolean }> {
  const requestHash = createHash('sha256').update(canonical(options.request)).digest('hex');
  if (await claimKey(tx, options.scope, options.key, requestHash)) {
    const response = await fn();
    await storeResponse(tx, options.scope, options.key, response.status, response.body);
    await pruneKeys(tx, IDEMPOTENCY_TTL_MS);
    return { ...response, replayed: false };
  }
  const stored = await findKey(tx, options.scope, options.key);
  if (stored && stored.request_hash !== requestHash) {
    throw new IdempotencyKeyReused();
  }
  if (!stored || stored.response_status === null) {
    throw new IdempotencyInProgress();
  }
  return { status: stored.response_status, body: stored.response_body, replayed: true };
}
