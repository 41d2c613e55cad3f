import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OwnerConnection, Queryable } from './types.js';

/**
 * The baseline, applied first and in this order: the roles, Supabase's `auth` stand-in, then the
 * frozen schema and policies. Each is recorded like a migration.
 */
export const BASELINE_FILES = ['roles.sql', 'auth.sql', 'schema.sql', 'policies.sql'] as const;

/** Every change after the baseline: `db/migrations/NNNN_name.sql`, applied in number order. */
export const MIGRATIONS_DIR = 'migrations';

const MIGRATION_NAME = /^(\d{4})_[a-z0-9]+(?:_[a-z0-9]+)*\.sql$/;

export const DEFAULT_SQL_DIR = fileURLToPath(new URL('../../../../db/', import.meta.url));

/**
 * Earlier texts of baseline files that leave the database exactly as today's text does, by file
 * and sha256. The runner before numbered migrations (up to commit 93ad62f) applied a
 * policies.sql that defined busy_ranges twice, the second definition replacing the first; the
 * frozen baseline defines that final form once.
 */
const EQUIVALENT_FORMS: Readonly<Record<string, readonly string[]>> = {
  'policies.sql': ['3d81335a966198002e1abdfe0e5901c9ca191c24b9171bcbd65ad6713226ce0a'],
};

/** A reason the migrations cannot run; the message is one line that names the file. */
export class MigrationError extends Error {
  override name: string = 'MigrationError';
}

export class MigrationDriftError extends MigrationError {
  override name = 'MigrationDriftError' as const;
  constructor(file: string) {
    super(`db/${file} changed after it was applied to this database; put the change in a new file in db/migrations/`);
  }
}

export interface MigrationReport {
  /** Files run now, in order. */
  applied: string[];
  /** Files recorded without running because the host provides them (Supabase's auth). */
  skipped: string[];
  /** Files an earlier runner applied in an equivalent earlier form, now recorded as today's text. */
  adopted: string[];
}

interface MigrationFile {
  /** Path under db/, as recorded: `schema.sql`, `migrations/0001_private_schema.sql`. */
  name: string;
  sql: string;
  checksum: string;
}

const sha256 = (sql: string) => createHash('sha256').update(sql).digest('hex');

async function readMigration(sqlDir: string, name: string): Promise<MigrationFile> {
  const sql = await readFile(join(sqlDir, name), 'utf8');
  return { name, sql, checksum: sha256(sql) };
}

/** The baseline, then db/migrations/ in number order; a misnamed or doubly numbered file stops the run. */
async function readPlan(sqlDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(join(sqlDir, MIGRATIONS_DIR)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const numbered = new Map<string, string>();
  for (const entry of entries.filter((name) => name.endsWith('.sql')).sort()) {
    const number = MIGRATION_NAME.exec(entry)?.[1];
    if (!number) throw new MigrationError(`db/${MIGRATIONS_DIR}/${entry} is not named NNNN_name.sql (lowercase)`);
    const other = numbered.get(number);
    if (other) throw new MigrationError(`db/${MIGRATIONS_DIR}/${entry} has the same number as ${other}`);
    numbered.set(number, entry);
  }
  const names = [
    ...BASELINE_FILES,
    ...[...numbered.keys()].sort().map((number) => `${MIGRATIONS_DIR}/${numbered.get(number)!}`),
  ];
  return Promise.all(names.map((name) => readMigration(sqlDir, name)));
}

/**
 * The ledger lives with the other server-only tables. The runner before numbered migrations
 * kept it in public under the same file names; its records are carried over, so what it applied
 * is not applied again.
 */
async function openLedger(tx: Queryable & { exec(sql: string): Promise<void> }) {
  await tx.exec(`
    CREATE SCHEMA IF NOT EXISTS psybook_private;
    CREATE TABLE IF NOT EXISTS psybook_private.migrations (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('applied', 'skipped', 'adopted')),
      applied_at timestamptz NOT NULL DEFAULT now()
    );
    ALTER TABLE psybook_private.migrations ENABLE ROW LEVEL SECURITY;
  `);
  const legacy = await tx.query<{ present: boolean }>(
    "SELECT to_regclass('public.psybook_migrations') IS NOT NULL AS present",
  );
  if (legacy.rows[0]?.present) {
    await tx.exec(`
      INSERT INTO psybook_private.migrations (name, checksum, outcome, applied_at)
        SELECT name, checksum, outcome, applied_at FROM public.psybook_migrations
        ON CONFLICT (name) DO NOTHING;
      DROP TABLE public.psybook_migrations;
    `);
  }
  const { rows } = await tx.query<{ name: string; checksum: string }>(
    'SELECT name, checksum FROM psybook_private.migrations',
  );
  return new Map(rows.map((row) => [row.name, row.checksum]));
}

/**
 * Applies the baseline and then db/migrations/ in order, recording each file by name and
 * sha256; a second run is a no-op. One transaction under an advisory lock, so two processes
 * starting at once apply nothing twice and a failing file leaves nothing half done.
 * Refuses (MigrationError) an applied file that changed, a recorded file that is gone, and a
 * new file numbered before one already applied.
 */
export async function migrate(owner: OwnerConnection, sqlDir = DEFAULT_SQL_DIR): Promise<MigrationReport> {
  const plan = await readPlan(sqlDir);
  return owner.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7411001)');
    const done = await openLedger(tx);
    const known = new Set(plan.map((file) => file.name));
    for (const name of done.keys()) {
      if (!known.has(name))
        throw new MigrationError(`db/${name} was applied to this database but is missing from db/ (older code?)`);
    }
    const lastDone = plan.findLastIndex((file) => done.has(file.name));
    const report: MigrationReport = { applied: [], skipped: [], adopted: [] };
    for (const [index, file] of plan.entries()) {
      const recorded = done.get(file.name);
      if (recorded === file.checksum) continue;
      if (recorded !== undefined) {
        if (!EQUIVALENT_FORMS[file.name]?.includes(recorded)) throw new MigrationDriftError(file.name);
        await tx.query("UPDATE psybook_private.migrations SET checksum = $2, outcome = 'adopted' WHERE name = $1", [
          file.name,
          file.checksum,
        ]);
        report.adopted.push(file.name);
        continue;
      }
      if (index < lastDone) {
        const later = plan[lastDone]!.name;
        throw new MigrationError(
          `db/${file.name} is new but numbered before db/${later}, which this database has; renumber it after that`,
        );
      }
      // Supabase provides auth itself; ours is only a stand-in where it is missing.
      const hostHasAuth =
        file.name === 'auth.sql' &&
        (await tx.query<{ present: boolean }>("SELECT to_regnamespace('auth') IS NOT NULL AS present")).rows[0]
          ?.present === true;
      if (!hostHasAuth) {
        await tx.exec(file.sql).catch((error: Error) => {
          throw new MigrationError(`db/${file.name} failed: ${error.message}`, { cause: error });
        });
      }
      await tx.query('INSERT INTO psybook_private.migrations (name, checksum, outcome) VALUES ($1, $2, $3)', [
        file.name,
        file.checksum,
        hostHasAuth ? 'skipped' : 'applied',
      ]);
      (hostHasAuth ? report.skipped : report.applied).push(file.name);
    }
    return report;
  });
}
