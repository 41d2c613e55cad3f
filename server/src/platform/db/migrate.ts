import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OwnerConnection } from './types.js';

/** The SQL files in the order they apply. */
export const MIGRATION_FILES = ['roles.sql', 'auth.sql', 'schema.sql', 'policies.sql'] as const;

export const DEFAULT_SQL_DIR = fileURLToPath(new URL('../../../../db/', import.meta.url));

export class MigrationDriftError extends Error {
  override name = 'MigrationDriftError' as const;
  constructor(file: string) {
    super(`db/${file} changed after it was applied to this database; put the change in a new migration file`);
  }
}

export interface MigrationReport {
  applied: string[];
  skipped: string[];
}

const checksum = (sql: string) => createHash('sha256').update(sql).digest('hex');

/**
 * Applies db/*.sql in order, recording each by name and checksum; a second run is a no-op.
 * One transaction with an advisory lock, so two processes starting at once apply nothing twice.
 */
export async function migrate(owner: OwnerConnection, sqlDir = DEFAULT_SQL_DIR): Promise<MigrationReport> {
  const files = await Promise.all(
    MIGRATION_FILES.map(async (name) => ({ name, sql: await readFile(join(sqlDir, name), 'utf8') })),
  );
  return owner.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7411001)');
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS public.psybook_migrations (
        name text PRIMARY KEY,
        checksum text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('applied', 'skipped')),
        applied_at timestamptz NOT NULL DEFAULT now()
      );
      ALTER TABLE public.psybook_migrations ENABLE ROW LEVEL SECURITY;
    `);
    const done = new Map(
      (
        await tx.query<{ name: string; checksum: string }>('SELECT name, checksum FROM public.psybook_migrations')
      ).rows.map((row) => [row.name, row.checksum]),
    );
    const report: MigrationReport = { applied: [], skipped: [] };
    for (const file of files) {
      const sum = checksum(file.sql);
      const recorded = done.get(file.name);
      if (recorded !== undefined) {
        if (recorded !== sum) throw new MigrationDriftError(file.name);
        continue;
      }
      // Supabase provides auth itself; ours is only a stand-in where it is missing.
      const hostHasAuth =
        file.name === 'auth.sql' &&
        (await tx.query<{ present: boolean }>("SELECT to_regnamespace('auth') IS NOT NULL AS present")).rows[0]
          ?.present;
      if (!hostHasAuth) await tx.exec(file.sql);
      await tx.query('INSERT INTO public.psybook_migrations (name, checksum, outcome) VALUES ($1, $2, $3)', [
        file.name,
        sum,
        hostHasAuth ? 'skipped' : 'applied',
      ]);
      (hostHasAuth ? report.skipped : report.applied).push(file.name);
    }
    return report;
  });
}
