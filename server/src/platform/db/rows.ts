/**
 * Both engines return TIME as 'HH:MM:SS'; DATE is normalised in SQL with
 * `to_char(…, 'YYYY-MM-DD')` because PGlite returns a JS Date for it and Postgres a string.
 */
export const hhmm = (time: string): string => time.slice(0, 5);

/** The SQLSTATE of a database error, on pg and PGlite alike. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The constraint a database error names, when it names one. */
export function constraintOf(error: unknown): string | undefined {
  const constraint = (error as { constraint?: unknown } | null)?.constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}

export const EXCLUSION_VIOLATION = '23P01';
export const UNIQUE_VIOLATION = '23505';
export const CHECK_VIOLATION = '23514';
export const FOREIGN_KEY_VIOLATION = '23503';
