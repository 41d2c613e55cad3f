import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createPgliteDatabase } from '../../src/platform/db/pglite.js';
import { migrate } from '../../src/platform/db/migrate.js';

/**
 * Migrates once per run: a PGlite data folder dumped to a tarball that each test file loads,
 * and (with DATABASE_URL) a Postgres template database that each test file copies.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'psybook-test-'));
  const db = await createPgliteDatabase();
  await migrate(db.owner);
  const dump = await db.pglite.dumpDataDir('none');
  await db.close();
  const dumpPath = join(dir, 'pglite.tar');
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteDump', dumpPath);

  const url = process.env['DATABASE_URL'];
  let template: string | undefined;
  if (url) {
    template = `psybook_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const { createPostgresDatabase } = await import('../../src/platform/db/postgres.js');
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${template}`;
    const tdb = await createPostgresDatabase({ ownerUrl: templateUrl.toString() });
    await migrate(tdb.owner);
    await tdb.close();
  }
  project.provide('pgTemplate', template ?? '');

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (url && template) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    pgTemplate: string;
  }
}
