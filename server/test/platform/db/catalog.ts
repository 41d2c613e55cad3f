import type { Queryable } from '../../../src/platform/db/types.js';

/** The schemas a migration may touch; the catalog dump reads only these. */
const SCHEMAS = ['public', 'psybook_private', 'auth'];

/**
 * What a database's schema is, as sorted text lines by kind: schemas, tables and sequences
 * (with RLS flags, owner and privileges), columns, column privileges, constraints, indexes,
 * policies, functions (full definitions and privileges), triggers and extensions. No OIDs and
 * no data, so two databases built different ways compare equal exactly when their schemas do.
 */
export async function catalogOf(db: Queryable): Promise<Record<string, string[]>> {
  const queries: Record<string, string> = {
    schemas: `SELECT nspname || ' owner=' || pg_get_userbyid(nspowner) || ' acl=' || coalesce(nspacl::text, '')
                FROM pg_namespace WHERE nspname = ANY($1)`,
    relations: `SELECT n.nspname || '.' || c.relname || ' kind=' || c.relkind::text || ' rls=' || c.relrowsecurity
                  || ' force=' || c.relforcerowsecurity || ' owner=' || pg_get_userbyid(c.relowner)
                  || ' acl=' || coalesce(c.relacl::text, '')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')`,
    columns: `SELECT table_schema || '.' || table_name || ' #' || ordinal_position || ' ' || column_name || ' '
                || data_type || coalesce('(' || character_maximum_length || ')', '') || ' null=' || is_nullable
                || ' default=' || coalesce(column_default, '')
                FROM information_schema.columns WHERE table_schema = ANY($1)`,
    columnPrivileges: `SELECT n.nspname || '.' || c.relname || '.' || a.attname || ' acl=' || a.attacl::text
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = ANY($1) AND a.attacl IS NOT NULL`,
    constraints: `SELECT n.nspname || '.' || c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
                FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = ANY($1)`,
    indexes: `SELECT schemaname || ' ' || indexdef FROM pg_indexes WHERE schemaname = ANY($1)`,
    policies: `SELECT schemaname || '.' || tablename || ' "' || policyname || '" ' || permissive || ' '
                || array_to_string(roles, ',') || ' ' || cmd || ' using=' || coalesce(qual, '')
                || ' check=' || coalesce(with_check, '')
                FROM pg_policies WHERE schemaname = ANY($1)`,
    // Extensions' own functions (btree_gist's many) belong to the extension, which is listed apart.
    functions: `SELECT pg_get_functiondef(p.oid) || ' acl=' || coalesce(p.proacl::text, '')
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = ANY($1) AND p.prokind IN ('f', 'p')
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                   AND d.objid = p.oid AND d.deptype = 'e')`,
    triggers: `SELECT pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text
                FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = ANY($1) AND NOT t.tgisinternal`,
    extensions: `SELECT e.extname || ' in ' || n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace`,
  };
  const catalog: Record<string, string[]> = {};
  for (const [kind, sql] of Object.entries(queries)) {
    const { rows } = await db.query<{ line: string }>(
      `SELECT line FROM (${sql}) AS dump(line) ORDER BY line COLLATE "C"`,
      kind === 'extensions' ? [] : [SCHEMAS],
    );
    catalog[kind] = rows.map((row) => row.line);
  }
  return catalog;
}
