import pg from 'pg';
import { assertClaims } from './claims.js';
import { asDatabaseFault, DEFAULT_TIMEOUTS, timeoutSettingsSql, type DbTimeouts } from './faults.js';
import { withDeadline } from './deadline.js';
import type { Database, QueryResult, Queryable } from './types.js';

export interface PostgresOptions {
  /** The owner's connection: runs migrations and seeding. */
  ownerUrl: string;
  /** The request pool's connection; by default the owner's URL with user `psybook_api`. */
  apiUrl?: string;
  /** Password for the default `psybook_api` login, where the server asks for one. */
  apiPassword?: string;
  /** Request pool size. @default 10 */
  poolSize?: number;
  /** Told about idle connections the server dropped (they are replaced, never fatal). */
  onIdleError?: (error: Error) => void;
  /** Per-request limits. @default DEFAULT_TIMEOUTS */
  timeouts?: DbTimeouts;
}

export class UnsafeLoginRoleError extends Error {
  override name = 'UnsafeLoginRoleError' as const;
  constructor(role: string) {
    super(
      `database login role ${role} is a superuser or BYPASSRLS, so Row Level Security would not bind; use psybook_api`,
    );
  }
}

// Dates stay 'YYYY-MM-DD' strings and timestamps without zone stay as written: converting them
// through JS Date in the server's zone would shift clinic-local days.
const DATE_OID = 1082;
const TIMESTAMP_OID = 1114;
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID || oid === TIMESTAMP_OID) return (value: string) => value;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export function apiUrlFor(ownerUrl: string, password?: string): string {
  const url = new URL(ownerUrl);
  url.username = 'psybook_api';
  url.password = password ?? '';
  return url.toString();
}

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await client.query(sql, params as unknown[]);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
    },
  };
}

/** Real Postgres (or Supabase): a request pool that logs in as a role that owns nothing. */
export async function createPostgresDatabase(options: PostgresOptions): Promise<Database> {
  const ownerPool = new pg.Pool({ connectionString: options.ownerUrl, max: 2, types });
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const apiPool = new pg.Pool({
    connectionString: options.apiUrl ?? apiUrlFor(options.ownerUrl, options.apiPassword),
    max: options.poolSize ?? 10,
    // A full pool is waited on this long, then the request is answered 503, not queued forever.
    connectionTimeoutMillis: timeouts.acquireMs,
    types,
  });
  const settings = timeoutSettingsSql(timeouts);
  // An idle connection that the server drops (a restart, a terminated backend) makes the pool
  // emit 'error'; unheard, that would crash the process. pg already removes the dead client and
  // the next checkout opens a new one, and /readyz reports a database that stays down.
  for (const pool of [ownerPool, apiPool]) pool.on('error', (error) => options.onIdleError?.(error));
  // The server may also drop a connection while we hold it, even in the same network read that
  // finished connecting it (before our code runs); pg then emits 'error' on the client, which
  // unheard crashes the process. Every client is heard for its whole life, and a dead one is
  // released as broken, so the request fails cleanly and the pool replaces it.
  const dead = new WeakMap<pg.ClientBase, Error>();
  for (const pool of [ownerPool, apiPool]) {
    pool.on('connect', (client) => client.on('error', (error) => dead.set(client, error)));
  }
  const owner = queryable(ownerPool);
  return {
    engine: 'postgres',
    owner: {
      ...owner,
      exec: async (sql) => void (await ownerPool.query(sql)),
      async transaction(fn) {
        const client = await ownerPool.connect();
        try {
          await client.query('BEGIN');
          const result = await fn({ ...queryable(client), exec: async (sql) => void (await client.query(sql)) });
          await client.query('COMMIT');
          client.release();
          return result;
        } catch (error) {
          await client.query('ROLLBACK').then(
            () => client.release(),
            (rollbackError: Error) => client.release(rollbackError),
          );
          throw error;
        }
      },
    },
    async withClaims(claims, fn) {
      assertClaims(claims);
      const client = await apiPool.connect().catch((error: unknown) => {
        throw asDatabaseFault(error) ?? error;
      });
      let broken: Error | undefined;
      try {
        // BEGIN, role, claims and limits in one round trip; the role was checked against the
        // allowlist and the claims are quoted by the driver's literal escaping.
        await client.query(
          `BEGIN; SELECT set_config('role', ${client.escapeLiteral(claims.role)}, true), ` +
            `set_config('request.jwt.claims', ${client.escapeLiteral(JSON.stringify(claims))}, true), ${settings}`,
        );
        const result = await fn(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (!dead.has(client)) {
          try {
            await client.query('ROLLBACK');
          } catch (rollbackError) {
            broken = rollbackError as Error;
          }
        }
        throw asDatabaseFault(error) ?? error;
      } finally {
        // A connection that died or whose rollback failed is in an unknown state: destroy it.
        client.release(broken ?? dead.get(client));
      }
    },
    async ping(timeoutMs = 1000) {
      await withDeadline(apiPool.query('SELECT 1'), timeoutMs);
    },
    async close() {
      await Promise.all([apiPool.end(), ownerPool.end()]);
    },
  };
}

/** Refuses a request pool whose login could bypass RLS. */
export async function assertSafeLoginRole(db: Database): Promise<void> {
  if (db.engine !== 'postgres') return;
  // session_user is the login role, whatever role the transaction switched to.
  const rows = await db.withClaims(
    { role: 'anon' },
    async (tx) =>
      (
        await tx.query<{ session_user: string; rolsuper: boolean; rolbypassrls: boolean }>(
          'SELECT session_user, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = session_user',
        )
      ).rows,
  );
  const row = rows[0];
  if (!row || row.rolsuper || row.rolbypassrls) throw new UnsafeLoginRoleError(row?.session_user ?? 'unknown');
}
