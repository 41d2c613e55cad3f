import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPgliteDatabase } from '../../../src/platform/db/pglite.js';
import type { Database } from '../../../src/platform/db/types.js';
import { ENGINES, type Engine } from '@psybook/testkit/engines';
import { openScratchDatabase } from './scratch.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** npm, tsx and a PGlite start take ~10 s on a quiet two-core machine, much more on a busy one. */
const COMMAND_TIMEOUT_MS = 120_000;

/** `npm run db:migrate` as a person runs it, against one database; resolves with what it printed. */
function runMigrateCommand(env: Record<string, string>) {
  const { DATABASE_URL: _url, ...inherited } = process.env;
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'db:migrate'], {
      cwd: ROOT,
      env: { ...inherited, NODE_ENV: 'development', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // Never outlive the test: a command left running would hold the PGlite folder.
    const timer = setTimeout(() => child.kill(), COMMAND_TIMEOUT_MS - 5_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A migrated database the command can reach: a PGlite data folder, or a Postgres database by URL. */
async function migratedTarget(engine: Engine) {
  if (engine === 'postgres') {
    const db = await openScratchDatabase('postgres', { template: inject('pgTemplate') });
    return { env: { DATABASE_URL: db.url! }, open: async () => db, close: () => db.close(), keepOpen: true };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'psybook-cli-'));
  const seeded = await createPgliteDatabase({
    dataDir: join(dataDir, 'pglite'),
    loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]),
  });
  await seeded.close();
  return {
    env: { DATA_DIR: dataDir },
    open: () => createPgliteDatabase({ dataDir: join(dataDir, 'pglite') }),
    close: async () => rmSync(dataDir, { recursive: true, force: true }),
    keepOpen: false,
  };
}

describe.each(ENGINES)('npm run db:migrate on %s', (engine) => {
  let target: Awaited<ReturnType<typeof migratedTarget>>;
  beforeAll(async () => {
    target = await migratedTarget(engine);
  });
  afterAll(async () => {
    await target?.close();
  });

  /** Changes the database as the owner; PGlite's folder is closed again so the command can open it. */
  const asOwner = async (fn: (db: Database) => Promise<unknown>) => {
    const db = await target.open();
    try {
      await fn(db);
    } finally {
      if (!target.keepOpen) await db.close();
    }
  };

  it(
    'says there is nothing to apply on an up-to-date database, and exits 0',
    async () => {
      const run = await runMigrateCommand(target.env);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toBe('nothing to apply: the database is up to date\n');
    },
    COMMAND_TIMEOUT_MS,
  );

  it(
    'stops with one line naming an applied file that was edited, and exits non-zero',
    async () => {
      // The ledger records the sha256 of what was applied; a different one is what an edit looks like.
      await asOwner((db) =>
        db.owner.query("UPDATE psybook_private.migrations SET checksum = 'edited' WHERE name = 'policies.sql'"),
      );
      const run = await runMigrateCommand(target.env);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        'psybook: db/policies.sql changed after it was applied to this database; put the change in a new file in db/migrations/\n',
      );
    },
    COMMAND_TIMEOUT_MS,
  );
});
