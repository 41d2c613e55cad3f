import type { Claims, Database, Queryable } from '../platform/db/types.js';
import { Forbidden, Unauthenticated } from '../platform/errors.js';

/** Postgres' insufficient_privilege: the caller's role may not read metrics at all. */
const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * Runs a read of metrics with the caller's own claims, so the database decides who may see
 * them: anonymous callers get 401, and a role without the privilege gets 403 (a role that has
 * it but no policy, as on Supabase, sees no rows).
 */
export async function readAsCaller<T>(db: Database, claims: Claims, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  if (claims.role === 'anon') throw new Unauthenticated('sign in as a clinic admin');
  try {
    return await db.withClaims(claims, fn);
  } catch (error) {
    if ((error as { code?: string } | null)?.code === INSUFFICIENT_PRIVILEGE)
      throw new Forbidden('for clinic admins only');
    throw error;
  }
}
