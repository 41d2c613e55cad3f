import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASELINE_FILES, DEFAULT_SQL_DIR, MIGRATIONS_DIR } from '../../../src/platform/db/migrate.js';
import type { Queryable } from '../../../src/platform/db/types.js';

/** The grantees whose privileges our files decide, and a host's API role. */
export const GRANTEES = ['PUBLIC', 'anon', 'authenticated', 'admin', 'service', 'whatsapp_service', 'service_role'];
/** The schemas our files create or use. */
export const SCHEMAS = ['public', 'psybook_private', 'auth'];

/**
 * The privileges those grantees hold on tables, columns, sequences, functions and schemas, as
 * sorted lines, from information_schema (which reads them the way Postgres applies them: a
 * function's default EXECUTE for PUBLIC, a table grant on every column). Grantors are left out,
 * so two hosts whose migration roles differ compare equal when the privileges do.
 */
export async function grantsOf(
  db: Queryable,
  { schemas = SCHEMAS, grantees = GRANTEES }: { schemas?: string[]; grantees?: string[] } = {},
): Promise<Record<string, string[]>> {
  const queries: Record<string, string> = {
    tables: `SELECT grantee || ' ' || privilege_type || ' ' || is_grantable || ' ON ' || table_schema || '.' || table_name
               FROM information_schema.table_privileges WHERE table_schema = ANY($1) AND grantee = ANY($2)`,
    columns: `SELECT grantee || ' ' || privilege_type || ' ' || is_grantable || ' ON ' || table_schema || '.' || table_name
                || '.' || column_name
                FROM information_schema.column_privileges WHERE table_schema = ANY($1) AND grantee = ANY($2)`,
    sequences: `SELECT grantee || ' ' || privilege_type || ' ' || is_grantable || ' ON ' || object_schema || '.' || object_name
                  FROM information_schema.usage_privileges
                 WHERE object_type = 'SEQUENCE' AND object_schema = ANY($1) AND grantee = ANY($2)`,
    routines: `SELECT grantee || ' ' || privilege_type || ' ' || is_grantable || ' ON ' || routine_schema || '.' || routine_name
                 FROM information_schema.routine_privileges
                WHERE routine_schema = ANY($1) AND grantee = ANY($2)
                  AND routine_name IN (SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                                        WHERE n.nspname = ANY($1) AND NOT EXISTS (
                                          SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                             AND d.objid = p.oid AND d.deptype = 'e'))`,
    schemas: `SELECT r || ' ' || p || ' ON ' || s FROM unnest($1::text[]) s, unnest($2::text[]) r, unnest(ARRAY['USAGE', 'CREATE']) p
               WHERE r <> 'PUBLIC' AND to_regrole(r) IS NOT NULL AND has_schema_privilege(r, s, p)`,
  };
  const grants: Record<string, string[]> = {};
  for (const [kind, sql] of Object.entries(queries)) {
    const { rows } = await db.query<{ line: string }>(
      `SELECT line FROM (SELECT DISTINCT line FROM (${sql}) AS dump(line)) AS lines ORDER BY line COLLATE "C"`,
      [schemas, grantees],
    );
    grants[kind] = rows.map((row) => row.line);
  }
  return grants;
}

/**
 * db/ as it stood at migration `last` (the baseline and db/migrations/ up to that number), in a
 * folder of its own for migrate(); `remove()` deletes it.
 */
export function sqlDirUpTo(last: number): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'psybook-sql-'));
  for (const file of BASELINE_FILES) copyFileSync(join(DEFAULT_SQL_DIR, file), join(dir, file));
  mkdirSync(join(dir, MIGRATIONS_DIR));
  for (const file of readdirSync(join(DEFAULT_SQL_DIR, MIGRATIONS_DIR))) {
    const number = /^(\d{4})_.*\.sql$/.exec(file)?.[1];
    if (number && Number(number) <= last)
      copyFileSync(join(DEFAULT_SQL_DIR, MIGRATIONS_DIR, file), join(dir, MIGRATIONS_DIR, file));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
