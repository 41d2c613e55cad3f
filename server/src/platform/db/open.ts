import type { Config } from '../config.js';
import { createPgliteDatabase } from './pglite.js';
import { assertSafeLoginRole, createPostgresDatabase } from './postgres.js';
import type { Database } from './types.js';

/** PGlite in DATA_DIR by default; Postgres when DATABASE_URL is set (refusing an unsafe login). */
export async function openDatabase(
  config: Config,
  options: { onIdleError?: (error: Error) => void } = {},
): Promise<Database> {
  const timeouts = {
    statementMs: config.DB_STATEMENT_TIMEOUT_MS,
    lockMs: config.DB_LOCK_TIMEOUT_MS,
    idleInTransactionMs: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    acquireMs: config.DB_ACQUIRE_TIMEOUT_MS,
  };
  if (!config.DATABASE_URL) return createPgliteDatabase({ dataDir: config.DATA_DIR + '/pglite', timeouts });
  const db = await createPostgresDatabase({
    ownerUrl: config.DATABASE_URL,
    poolSize: config.DB_POOL_SIZE,
    timeouts,
    ...(config.API_DATABASE_URL ? { apiUrl: config.API_DATABASE_URL } : {}),
    ...(config.API_DB_PASSWORD ? { apiPassword: config.API_DB_PASSWORD } : {}),
    ...(options.onIdleError ? { onIdleError: options.onIdleError } : {}),
  });
  return db;
}

export { assertSafeLoginRole };
