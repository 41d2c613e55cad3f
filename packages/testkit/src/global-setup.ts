import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPgliteDatabase } from '../../../server/src/platform/db/pglite.js';
import { migrate } from '../../../server/src/platform/db/migrate.js';
import { createPostgresDatabase } from '../../../server/src/platform/db/postgres.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';

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
  let template: ScratchDatabase | undefined;
  if (url) {
    template = await createScratchDatabase(url, { name: `psybook_tpl_${process.pid}` });
    const tdb = await createPostgresDatabase({ ownerUrl: template.url });
    await migrate(tdb.owner);
    await tdb.close();
  }
  project.provide('pgTemplate', template?.name ?? '');

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    await template?.drop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    pgTemplate: string;
  }
}
