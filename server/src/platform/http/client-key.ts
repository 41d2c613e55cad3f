import { createHash } from 'node:crypto';
import type { Request } from 'express';
import type { Claims } from '../db/types.js';

/**
 * Who is asking, for counters and idempotency keys: a signed-in caller by their subject, an
 * anonymous one by their address (as TRUST_PROXY lets Express read it). Addresses are personal
 * data, so only a truncated hash is kept.
 */
export function clientKey(req: Request, claims?: Claims): string {
  if (claims?.sub) return `sub:${claims.sub}`;
  return createHash('sha256')
    .update(req.ip ?? 'unknown')
    .digest('hex')
    .slice(0, 32);
}
