import { createHash } from 'node:crypto';
import type { Queryable } from '../platform/db/types.js';
import { IdempotencyInProgress, IdempotencyKeyReused } from './errors.js';
import { seal, unseal } from './sealed-replay.js';
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

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Runs `fn` once per (scope, client, key) across all processes, in the caller's transaction.
 * The key's row is written before the work, so a concurrent request with the same key
 * waits on it and then replays the stored response; if the work fails the transaction
 * rolls back and the key is free again. The same key with another body is refused
 * (`IdempotencyKeyReused`). Keys belong to a client (another client's same key is another
 * key), are stored only as a hash, and the answer is stored sealed with the key itself.
 */
export async function idempotent(
  tx: Queryable,
  options: { scope: string; client: string; key: string; request: unknown },
  fn: () => Promise<Replay>,
): Promise<Replay & { replayed: boolean }> {
  const requestHash = sha256(canonical(options.request));
  const keyHash = sha256(`${options.client}\n${options.key}`);
  if (await claimKey(tx, options.scope, keyHash, requestHash)) {
    const response = await fn();
    await storeResponse(tx, options.scope, keyHash, response.status, seal(response.body, options.key, options.client));
    await pruneKeys(tx, IDEMPOTENCY_TTL_MS);
    return { ...response, replayed: false };
  }
  const stored = await findKey(tx, options.scope, keyHash);
  if (stored && stored.request_hash !== requestHash) {
    throw new IdempotencyKeyReused();
  }
  if (!stored || stored.response_status === null) {
    throw new IdempotencyInProgress();
  }
  const body = unseal(stored.response_body, options.key, options.client);
  // The row is this client's and key's, so it opens; if it does not, it was tampered with: refuse.
  if (body === undefined) throw new IdempotencyKeyReused();
  return { status: stored.response_status, body, replayed: true };
}
