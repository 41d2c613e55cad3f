/** The Postgres roles a request may act as; a JWT `role` claim picks one (as PostgREST does). */
export const DB_ROLES = ['anon', 'authenticated', 'admin', 'service', 'whatsapp_service'] as const;
export type DbRole = (typeof DB_ROLES)[number];

/** JWT claims as the policies read them through `auth.jwt()` and `auth.uid()`. */
export interface Claims {
  role: DbRole;
  /** The Supabase auth user id (`auth.users.id`), matched against `auth_id` columns. */
  sub?: string;
  [claim: string]: unknown;
}

export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** Something that runs one parameterised statement: a transaction, or the owner connection. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
}

export interface Database {
  readonly engine: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction that acts as `claims.role` with `claims` visible to
   * `auth.jwt()`; both settings are transaction-local, so nothing leaks to the next request.
   * Commits when `fn` resolves, rolls back when it throws.
   */
  withClaims<T>(claims: Claims, fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** The owner's connection: migrations, demo seeding and tests only, never a request. */
  readonly owner: OwnerConnection;
  /** Resolves when the database answers a trivial query; rejects after `timeoutMs`. @default 1000 */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Runs SQL as the schema owner (RLS does not apply): migrations, seeding and test setup. */
export interface OwnerConnection extends Queryable {
  /** Runs a script of several statements. */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction on one connection. */
  transaction<T>(fn: (tx: Queryable & { exec(sql: string): Promise<void> }) => Promise<T>): Promise<T>;
}
