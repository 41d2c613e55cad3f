import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASELINE_FILES, DEFAULT_SQL_DIR, migrate } from '../../../src/platform/db/migrate.js';
import type { Database } from '../../../src/platform/db/types.js';
import { ENGINES, openTestDatabase } from '@psybook/testkit/engines';
import { catalogOf } from './catalog.js';
import { openScratchDatabase } from './scratch.js';

const NUMBERED = readdirSync(join(DEFAULT_SQL_DIR, 'migrations'))
  .filter((name) => name.endsWith('.sql'))
  .sort()
  .map((name) => `migrations/${name}`);
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
/** A new PGlite and a whole migration: seconds when the machine is quiet, a minute or more when it is not. */
const FRESH_DATABASE_TIMEOUT_MS = 180_000;
const NOTHING = { applied: [], skipped: [], adopted: [] };

const ledger = async (db: Database) =>
  (
    await db.owner.query<{ name: string; checksum: string; outcome: string }>(
      'SELECT name, checksum, outcome FROM psybook_private.migrations ORDER BY name',
    )
  ).rows;

describe.each(ENGINES)('migrations on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await db.close();
  });

  it('records the baseline and every numbered file once, with its sha256, in the private schema', async () => {
    const expected = [...BASELINE_FILES, ...NUMBERED]
      .map((name) => ({ name, checksum: sha256(join(DEFAULT_SQL_DIR, name)), outcome: 'applied' }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(await ledger(db)).toEqual(expected);
    const { rows } = await db.owner.query("SELECT to_regclass('public.psybook_migrations') AS old");
    expect(rows).toEqual([{ old: null }]);
  });

  it('applies nothing and changes nothing when run again', async () => {
    const before = await catalogOf(db.owner);
    expect(await migrate(db.owner)).toEqual(NOTHING);
    expect(await migrate(db.owner)).toEqual(NOTHING);
    expect(await catalogOf(db.owner)).toEqual(before);
  });

  it.each(['schema.sql', 'policies.sql', NUMBERED[0]!])(
    'refuses to run when the applied db/%s changed since, naming it',
    async (name) => {
      const [{ checksum }] = (
        await db.owner.query<{ checksum: string }>('SELECT checksum FROM psybook_private.migrations WHERE name = $1', [
          name,
        ])
      ).rows as [{ checksum: string }];
      await db.owner.query("UPDATE psybook_private.migrations SET checksum = 'edited' WHERE name = $1", [name]);
      try {
        await expect(migrate(db.owner)).rejects.toThrow(
          `db/${name} changed after it was applied to this database; put the change in a new file in db/migrations/`,
        );
      } finally {
        await db.owner.query('UPDATE psybook_private.migrations SET checksum = $2 WHERE name = $1', [name, checksum]);
      }
    },
  );
});

describe.each(ENGINES)('a new migration file on %s', (engine) => {
  let db: Database;
  let dir: string;
  const last = Number(NUMBERED.at(-1)?.match(/(\d{4})_/)?.[1] ?? 0);
  /** A migration numbered `offset` after the last one the repository has. */
  const file = (offset: number, name: string) => `migrations/${String(last + offset).padStart(4, '0')}_${name}.sql`;
  const write = (name: string, sql: string) => writeFileSync(join(dir, name), sql);
  const remove = (name: string) => rmSync(join(dir, name), { force: true });
  const first = file(10, 'add_probe');
  const second = file(11, 'add_probe_note');

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), 'psybook-sql-'));
    cpSync(DEFAULT_SQL_DIR, dir, { recursive: true });
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies new files once, in number order', async () => {
    // Written last-first: the second needs the first's table, so order is what makes it pass.
    write(second, "ALTER TABLE public.migration_probe ADD COLUMN note text DEFAULT 'second';\n");
    write(
      first,
      'CREATE TABLE public.migration_probe (id int PRIMARY KEY);\nINSERT INTO public.migration_probe VALUES (1);\n',
    );
    expect(await migrate(db.owner, dir)).toEqual({ ...NOTHING, applied: [first, second] });
    expect(await migrate(db.owner, dir)).toEqual(NOTHING);
    const { rows } = await db.owner.query('SELECT id, note FROM public.migration_probe');
    expect(rows).toEqual([{ id: 1, note: 'second' }]);
    const names = (await ledger(db)).map((row) => row.name);
    expect(names.filter((name) => name === first || name === second)).toEqual([first, second]);
  });

  it('refuses an applied numbered file that was edited, naming it', async () => {
    const original = readFileSync(join(dir, second), 'utf8');
    write(second, original.replace("'second'", "'edited'"));
    try {
      await expect(migrate(db.owner, dir)).rejects.toThrow(`db/${second} changed after it was applied`);
    } finally {
      write(second, original);
    }
  });

  it('refuses a new file numbered before one the database already has', async () => {
    const late = file(5, 'late_branch');
    write(late, 'SELECT 1;\n');
    try {
      await expect(migrate(db.owner, dir)).rejects.toThrow(
        `db/${late} is new but numbered before db/${second}, which this database has; renumber it after that`,
      );
    } finally {
      remove(late);
    }
  });

  it('refuses to run when an applied file is gone from db/ (older code than the database)', async () => {
    renameSync(join(dir, second), join(dir, `${second}.gone`));
    try {
      await expect(migrate(db.owner, dir)).rejects.toThrow(
        `db/${second} was applied to this database but is missing from db/`,
      );
    } finally {
      renameSync(join(dir, `${second}.gone`), join(dir, second));
    }
  });

  it.each([
    ['migrations/add-thing.sql', 'is not named NNNN_name.sql'],
    [file(20, 'twin').replace('twin', 'Twin'), 'is not named NNNN_name.sql'],
    [second.replace('add_probe_note', 'twin'), `has the same number as ${second.slice('migrations/'.length)}`],
  ])('refuses db/%s before touching the database', async (name, reason) => {
    write(name, 'SELECT 1;\n');
    try {
      await expect(migrate(db.owner, dir)).rejects.toThrow(`db/${name} ${reason}`);
    } finally {
      remove(name);
    }
  });

  it('applies nothing of a run in which one file fails, and names that file', async () => {
    const good = file(12, 'good');
    const broken = file(13, 'broken');
    write(good, 'CREATE TABLE public.migration_probe_good (id int);\n');
    write(broken, 'ALTER TABLE public.no_such_table ADD COLUMN x int;\n');
    try {
      await expect(migrate(db.owner, dir)).rejects.toThrow(new RegExp(`^db/${broken} failed: .*no_such_table`));
      const { rows } = await db.owner.query("SELECT to_regclass('public.migration_probe_good') AS t");
      expect(rows).toEqual([{ t: null }]);
      expect((await ledger(db)).map((row) => row.name)).not.toContain(good);
    } finally {
      remove(good);
      remove(broken);
    }
  });

  it('applies a file once when two processes migrate at the same moment', async () => {
    const once = file(14, 'count_runs');
    write(once, 'CREATE TABLE public.migration_runs (n int);\nINSERT INTO public.migration_runs VALUES (1);\n');
    const reports = await Promise.all([migrate(db.owner, dir), migrate(db.owner, dir)]);
    expect(reports.flatMap((report) => report.applied)).toEqual([once]);
    const { rows } = await db.owner.query('SELECT count(*)::int AS n FROM public.migration_runs');
    expect(rows).toEqual([{ n: 1 }]);
  });
});

describe.each(ENGINES)('an empty database on %s', (engine) => {
  it(
    'skips auth.sql where the host provides an auth schema (Supabase), and records it as skipped',
    async () => {
      const db = await openScratchDatabase(engine);
      try {
        // Stands in for a Supabase project: its roles and auth exist before our first migration.
        for (const file of ['roles.sql', 'auth.sql'])
          await db.owner.exec(readFileSync(join(DEFAULT_SQL_DIR, file), 'utf8'));
        const report = await migrate(db.owner);
        expect(report).toEqual({
          applied: ['roles.sql', 'schema.sql', 'policies.sql', ...NUMBERED],
          skipped: ['auth.sql'],
          adopted: [],
        });
        expect((await ledger(db)).find((row) => row.name === 'auth.sql')?.outcome).toBe('skipped');
        expect(await migrate(db.owner)).toEqual(NOTHING);
      } finally {
        await db.close();
      }
    },
    FRESH_DATABASE_TIMEOUT_MS,
  );
});
