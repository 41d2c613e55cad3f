import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { createPgliteDatabase } from '../../../server/src/platform/db/pglite.js';
import type { Database } from '../../../server/src/platform/db/types.js';
// The run's `ProvidedContext` (pgliteDump, pgTemplate) that `inject` reads.
import type {} from './global-setup.js';
import { openScratchPostgres } from './scratch-database.js';

export type Engine = 'pglite' | 'postgres';

/**
 * The engines this run tests on: PGlite always, Postgres when DATABASE_URL is set. A suite
 * written as `describe.each(ENGINES)` runs once per engine.
 */
export const ENGINES: Engine[] = process.env['DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];

if (!process.env['DATABASE_URL'] && !process.env['PSYBOOK_QUIET_SKIP']) {
  process.stderr.write('note: DATABASE_URL is not set, so database tests run on PGlite only\n');
}

/**
 * A migrated database of its own for one test file: PGlite loaded from the run's dump, or a
 * Postgres database copied from the run's template (dropped again by `close()`).
 */
export async function openTestDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') {
    return createPgliteDatabase({ loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]) });
  }
  const url = process.env['DATABASE_URL'];
  const template = inject('pgTemplate');
  if (!url || !template) throw new Error('Postgres tests need DATABASE_URL');
  return openScratchPostgres(url, { name: `psybook_t_${randomBytes(6).toString('hex')}`, template, poolSize: 20 });
}

class Rollback extends Error {}

/**
 * Runs `fn` as the given claims inside a transaction that is always rolled back, and returns
 * what it returned (or rethrows what it threw). Policy tests use it so no case leaves a trace.
 */
export async function asRolledBack<T>(
  db: Database,
  claims: Parameters<Database['withClaims']>[0],
  fn: Parameters<Database['withClaims']>[1] extends (tx: infer Q) => unknown ? (tx: Q) => Promise<T> : never,
): Promise<T> {
  let result: T | undefined;
  try {
    await db.withClaims(claims, async (tx) => {
      result = await fn(tx);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result as T;
}
