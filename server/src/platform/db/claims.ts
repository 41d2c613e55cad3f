import { DB_ROLES, type Claims, type DbRole } from './types.js';

export class UnknownRoleError extends Error {
  override name = 'UnknownRoleError' as const;
  constructor(role: unknown) {
    super(`role ${JSON.stringify(role)} is not one of ${DB_ROLES.join(', ')}`);
  }
}

export function isDbRole(value: unknown): value is DbRole {
  return typeof value === 'string' && (DB_ROLES as readonly string[]).includes(value);
}

/** Refuses a role outside the five before any SQL runs. */
export function assertClaims(claims: Claims): void {
  if (!isDbRole(claims.role)) throw new UnknownRoleError(claims.role);
}

/** One statement that sets the role and claims for the current transaction only. */
export const SET_CLAIMS_SQL = "SELECT set_config('role', $1, true), set_config('request.jwt.claims', $2, true)";
