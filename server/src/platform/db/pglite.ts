import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { assertClaims, SET_CLAIMS_SQL } from './claims.js';
import { withDeadline } from './deadline.js';
import { asDatabaseFault, DEFAULT_TIMEOUTS, timeoutSettingsSql, type DbTimeouts } from './faults.js';
import { createGate } from './gate.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import type { Database, QueryResult, Queryable } from './types.js';

export interface PgliteOptions {
  /** A folder for the data; omitted means in memory (tests). */
  dataDir?: string;
  /** A tarball from `dumpDataDir()` to start from (tests start from a migrated one). */
  loadDataDir?: Blob;
  /** Per-request limits; `acquireMs` bounds the wait for the one session. @default DEFAULT_TIMEOUTS */
  timeouts?: DbTimeouts;
}

type PgliteLike = Pick<PGlite, 'query' | 'exec'>;

function queryable(db: PgliteLike): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await db.query<Row>(sql, params as unknown[]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  };
}

/** The embedded engine: real Postgres in WASM, one session, so transactions run one at a time. */
export async function createPgliteDatabase(options: PgliteOptions = {}): Promise<Database & { pglite: PGlite }> {
  let lock: DataDirLock | undefined;
  if (options.dataDir) lock = acquireDataDirLock(options.dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: { btree_gist },
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const owner = queryable(pglite);
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const claimsSql = `${SET_CLAIMS_SQL}, ${timeoutSettingsSql(timeouts)}`;
  const gate = createGate();
  return {
    engine: 'pglite',
    pglite,
    owner: {
      ...owner,
      exec: async (sql) => void (await pglite.exec(sql)),
      transaction: (fn) =>
        pglite.transaction((tx) => fn({ ...queryable(tx), exec: async (sql) => void (await tx.exec(sql)) })),
    },
    async withClaims(claims, fn) {
      assertClaims(claims);
      const release = await gate.acquire(timeouts.acquireMs);
      try {
        // PGlite's session is a superuser; switching role inside the transaction is what makes
        // the policies bind here.
        return await pglite.transaction(async (tx) => {
          await tx.query(claimsSql, [claims.role, JSON.stringify(claims)]);
          return fn(queryable(tx));
        });
      } catch (error) {
        throw asDatabaseFault(error) ?? error;
      } finally {
        release();
      }
    },
    async ping(timeoutMs = 1000) {
      await withDeadline(pglite.query('SELECT 1'), timeoutMs);
    },
    async close() {
      await pglite.close();
      lock?.release();
    },
  };
}
