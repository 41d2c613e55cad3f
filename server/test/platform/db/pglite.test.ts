import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, processStartedAt } from '../../../src/platform/db/data-dir-lock.js';
import { migrate } from '../../../src/platform/db/migrate.js';
import { createPgliteDatabase } from '../../../src/platform/db/pglite.js';
import type { Database } from '../../../src/platform/db/types.js';

const HOLDER = fileURLToPath(new URL('./fixtures/hold-data-dir.ts', import.meta.url));
const LOCK = 'psybook.lock';
// Migrating a fresh PGlite and starting a second process are slow on a loaded two-core machine.
const SLOW_MS = 120_000;

/** Starts another process that opens `dir` and resolves with its pid once it holds the folder. */
function holdInAnotherProcess(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().startsWith('holding')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}: ${err}`)));
  });
}

const psychologistNames = async (db: Database) =>
  (await db.owner.query<{ first_name: string }>('SELECT first_name FROM psychologists ORDER BY id')).rows.map(
    (row) => row.first_name,
  );

describe('the PGlite data folder', () => {
  let root: string;
  let dir: string;
  const open: Database[] = [];
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'psybook-pglite-'));
    dir = join(root, 'data');
    // Migrate once from empty; every test below reuses this folder.
    const db = await createPgliteDatabase({ dataDir: dir });
    await migrate(db.owner);
    await db.owner.query(
      "INSERT INTO psychologists (first_name, last_name, email) VALUES ('Eva', 'Sanz', 'eva@clinic.example.test')",
    );
    await db.close();
  }, SLOW_MS);
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    for (const db of open.splice(0)) await db.close();
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  const reopen = async () => {
    const db = await createPgliteDatabase({ dataDir: dir });
    open.push(db);
    return db;
  };

  it('keeps its data across a restart, and migrating again applies nothing', async () => {
    const db = await reopen();
    expect(await psychologistNames(db)).toEqual(['Eva']);
    expect(await migrate(db.owner)).toEqual({ applied: [], skipped: [], adopted: [] });
  });

  it('releases its lock on close', async () => {
    const db = await createPgliteDatabase({ dataDir: dir });
    try {
      expect(readFileSync(join(dir, LOCK), 'utf8')).toBe(String(process.pid));
    } finally {
      await db.close();
    }
    expect(existsSync(join(dir, LOCK))).toBe(false);
  });

  it('refuses a second open of a folder this process holds', async () => {
    await reopen();
    // If it wrongly opened, close it with the others.
    const second = createPgliteDatabase({ dataDir: dir }).then((db) => open.push(db));
    await expect(second).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(second).rejects.toThrow(`in use by process ${process.pid}`);
  });

  it(
    'refuses a folder another live process holds, and takes it over once that process is gone',
    async () => {
      const holder = await holdInAnotherProcess(dir);
      children.push(holder);
      await expect(createPgliteDatabase({ dataDir: dir })).rejects.toThrow(
        new DataDirInUseError(dir, holder.pid!).message,
      );
      const exited = new Promise((resolve) => holder.once('exit', resolve));
      holder.kill('SIGKILL');
      await exited;
      // The dead holder's lock is still on disk; it is stale, so the next open takes it over.
      expect(readFileSync(join(dir, LOCK), 'utf8')).toBe(String(holder.pid));
      const db = await reopen();
      expect(readFileSync(join(dir, LOCK), 'utf8')).toBe(String(process.pid));
      expect(await psychologistNames(db)).toEqual(['Eva']);
    },
    SLOW_MS,
  );

  it.each([
    ['a process that has exited', () => String(spawnSync(process.execPath, ['-e', '']).pid)],
    ['no pid at all', () => 'garbage'],
  ])('takes over a stale lock naming %s', async (_case, content) => {
    writeFileSync(join(dir, LOCK), content());
    const db = await reopen();
    expect(readFileSync(join(dir, LOCK), 'utf8')).toBe(String(process.pid));
    expect(await psychologistNames(db)).toEqual(['Eva']);
  });

  it('takes over a lock naming its own pid that it does not hold: the server restarted after a crash with the same pid (hardening 9)', async () => {
    writeFileSync(join(dir, LOCK), String(process.pid));
    const db = await reopen();
    expect(readFileSync(join(dir, LOCK), 'utf8')).toBe(String(process.pid));
    expect(await psychologistNames(db)).toEqual(['Eva']);
  });

  it.runIf(processStartedAt(process.pid) !== undefined)(
    'takes over a lock whose pid now belongs to a process started after the lock was written (hardening 9)',
    async () => {
      const lock = join(dir, LOCK);
      // The lock was written long ago by a process that died; its pid now names a newer process.
      const stranger = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: 'ignore' });
      children.push(stranger);
      writeFileSync(lock, String(stranger.pid));
      const longAgo = new Date(Date.now() - 3600_000);
      utimesSync(lock, longAgo, longAgo);
      const db = await reopen();
      expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
      expect(await psychologistNames(db)).toEqual(['Eva']);
    },
  );
});
