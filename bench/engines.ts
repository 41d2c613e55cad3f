import pg from 'pg';
import { createPgliteDatabase } from '../server/src/platform/db/pglite.js';
import { createPostgresDatabase } from '../server/src/platform/db/postgres.js';
import type { Database } from '../server/src/platform/db/types.js';

export const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  db: Database;
  /** Closes the database and drops what the run created. */
  dispose(): Promise<void>;
}

export async function openBenchPglite(): Promise<BenchDatabase> {
  const db = await createPgliteDatabase();
  return { db, dispose: () => db.close() };
}

/** A scratch database on the server of `url`, dropped again by `dispose()`. */
export async function openBenchPostgres(url: string): Promise<BenchDatabase> {
  const name = `psybook_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  const db = await createPostgresDatabase({ ownerUrl: scratch.toString(), poolSize: 20 });
  return {
    db,
    async dispose() {
      await db.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
