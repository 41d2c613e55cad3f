import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claims, Database } from '../../src/platform/db/types.js';
import { asRolledBack, ENGINES, openTestDatabase } from '@psybook/testkit/engines';

/** The server-only tables and the one role whose store uses each. */
const PRIVATE_TABLES: [table: string, role: 'service' | 'whatsapp_service'][] = [
  ['manage_tokens', 'service'],
  ['idempotency_keys', 'service'],
  ['rate_limit_hits', 'service'],
  ['whatsapp_processed_messages', 'whatsapp_service'],
];
const REQUEST_ROLES: [string, Claims][] = [
  ['anon', { role: 'anon' }],
  ['authenticated', { role: 'authenticated', sub: '00000000-0000-4000-8000-00000000000a' }],
  ['admin', { role: 'admin', sub: '00000000-0000-4000-8000-0000000000ad' }],
];
const ROLES = ['anon', 'authenticated', 'admin', 'service', 'whatsapp_service'];

describe.each(ENGINES)('the private schema on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await db.close();
  });

  it('holds the server-only tables and the migration ledger, none of them left in public, each with RLS', async () => {
    const { rows } = await db.owner.query<{ schema: string; table: string; rls: boolean }>(
      `SELECT n.nspname AS schema, c.relname AS table, c.relrowsecurity AS rls
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND c.relname = ANY($1) ORDER BY c.relname`,
      [[...PRIVATE_TABLES.map(([table]) => table), 'migrations', 'psybook_migrations']],
    );
    expect(rows).toEqual(
      [...PRIVATE_TABLES.map(([table]) => table), 'migrations']
        .sort()
        .map((table) => ({ schema: 'psybook_private', table, rls: true })),
    );
  });

  it('lets only the stores’ roles into the schema', async () => {
    const { rows } = await db.owner.query<{ role: string; usage: boolean }>(
      `SELECT r AS role, has_schema_privilege(r, 'psybook_private', 'USAGE') AS usage FROM unnest($1::text[]) r`,
      [ROLES],
    );
    expect(Object.fromEntries(rows.map((row) => [row.role, row.usage]))).toEqual({
      anon: false,
      authenticated: false,
      admin: false,
      service: true,
      whatsapp_service: true,
    });
  });

  describe.each(PRIVATE_TABLES)('%s', (table, role) => {
    it.each(REQUEST_ROLES)('is not readable by %s (permission denied for the schema)', async (_name, claims) => {
      const read = asRolledBack(db, claims, (tx) => tx.query(`SELECT * FROM psybook_private.${table}`));
      await expect(read).rejects.toMatchObject({
        code: '42501',
        message: 'permission denied for schema psybook_private',
      });
    });

    it.each(REQUEST_ROLES)('is not found under its old name in public by %s', async (_name, claims) => {
      const read = asRolledBack(db, claims, (tx) => tx.query(`SELECT * FROM public.${table}`));
      await expect(read).rejects.toMatchObject({ code: '42P01' });
    });

    it(`is readable by ${role}, whose store uses it`, async () => {
      const rows = await asRolledBack(
        db,
        { role },
        async (tx) => (await tx.query(`SELECT * FROM psybook_private.${table}`)).rows,
      );
      expect(rows).toEqual([]);
    });

    const other = role === 'service' ? 'whatsapp_service' : 'service';
    it(`is not readable by ${other}, whose store does not use it`, async () => {
      const read = asRolledBack(db, { role: other }, (tx) => tx.query(`SELECT * FROM psybook_private.${table}`));
      await expect(read).rejects.toMatchObject({ code: '42501', message: `permission denied for table ${table}` });
    });
  });

  it.each(ROLES)('keeps the migration ledger from %s', async (role) => {
    const read = asRolledBack(db, { role } as Claims, (tx) => tx.query('SELECT * FROM psybook_private.migrations'));
    await expect(read).rejects.toMatchObject({ code: '42501' });
  });
});
