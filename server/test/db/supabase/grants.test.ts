import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claims, Database } from '../../../src/platform/db/types.js';
import { asRolledBack, openTestDatabase } from '@psybook/testkit/engines';
import { ADMIN, ANON, SERVICE, WHATSAPP, insertPolicyFixture, type PolicyFixture } from '../policies/fixtures.js';
import { expectPermissionDenied } from '../policies/harness.js';
import { grantsOf, sqlDirUpTo } from './grants-of.js';
import { createSupabaseLikeHost, HOST_OWNER, OUR_ROLES, type SupabaseLikeHost } from './host.js';

const url = process.env['DATABASE_URL'];
if (!url) {
  process.stderr.write(
    'server/test/db/supabase/grants.test.ts skipped: set DATABASE_URL (a Postgres server where it may create roles and databases)\n',
  );
}

/** What Supabase's default privileges let through and plain Postgres refuses (hardening, point 14). */
const REFUSED: [
  what: string,
  who: (fx: PolicyFixture) => Claims,
  sql: string,
  params: (fx: PolicyFixture) => unknown[],
  table: string,
][] = [
  [
    'a patient moving their own appointment in time',
    (fx) => fx.patientA.claims,
    "UPDATE appointments SET start_time = '15:00', end_time = '16:00' WHERE id = $1",
    (fx) => [fx.appointments.ofA],
    'appointments',
  ],
  [
    'a psychologist deactivating their own profile and changing its email (is_active, email)',
    (fx) => fx.psychA.claims,
    "UPDATE psychologists SET is_active = false, email = 'alba@elsewhere.example.test' WHERE id = $1",
    (fx) => [fx.psychA.id],
    'psychologists',
  ],
  // TRUNCATE skips RLS; none of these tables is referenced by a private one (see below).
  [
    'anon emptying the weekly windows, the metrics and the chats’ states',
    () => ANON,
    'TRUNCATE availability, metrics, session_states',
    () => [],
    'availability',
  ],
];

/** A status change by each role that is not a signed-in person: each goes through the status trigger. */
const STATUS_CHANGES: [name: string, claims: Claims, status: string][] = [
  ['an admin confirming', ADMIN, 'confirmed'],
  ['the booking API cancelling (manage link)', SERVICE, 'cancelled'],
  ['the bot cancelling', WHATSAPP, 'cancelled'],
];
const SET_STATUS = 'UPDATE appointments SET status = $2 WHERE id = $1';

class Rollback extends Error {}

describe.runIf(url)('our grants on a Supabase-like host', () => {
  let host: SupabaseLikeHost;
  let fx: PolicyFixture;
  // The same host migrated only up to 0001: what a Supabase project had before 0002.
  let upTo1: ReturnType<typeof sqlDirUpTo> | undefined;
  let before: SupabaseLikeHost;
  let fxBefore: PolicyFixture;

  beforeAll(async () => {
    host = await createSupabaseLikeHost(url!);
    fx = await insertPolicyFixture(host.db);
    upTo1 = sqlDirUpTo(1);
    before = await createSupabaseLikeHost(url!, { sqlDir: upTo1.dir });
    fxBefore = await insertPolicyFixture(before.db);
  }, 120_000);
  afterAll(async () => {
    await host?.close();
    await before?.close();
    upTo1?.remove();
  });

  describe.each(REFUSED)('%s', (_what, who, sql, params, table) => {
    it('went through before 0002 (the host’s default privileges)', async () => {
      await expect(
        asRolledBack(before.db, who(fxBefore), (tx) => tx.query(sql, params(fxBefore))),
      ).resolves.toBeDefined();
    });
    it('is refused now (permission denied)', async () => {
      await expectPermissionDenied(
        asRolledBack(host.db, who(fx), (tx) => tx.query(sql, params(fx))),
        table,
      );
    });
  });

  it('refuses anon TRUNCATE appointments CASCADE at appointments itself', async () => {
    const truncate = (db: Database) => asRolledBack(db, ANON, (tx) => tx.query('TRUNCATE appointments CASCADE'));
    // Before, only the cascade into psybook_private.manage_tokens (0001) stopped it.
    await expectPermissionDenied(truncate(before.db), 'manage_tokens');
    await expectPermissionDenied(truncate(host.db), 'appointments');
  });

  it('gives every role on our tables, columns, sequences and functions exactly what plain Postgres gives', async () => {
    const plain = await openTestDatabase('postgres');
    try {
      const ours = {
        schemas: ['public', 'psybook_private'],
        grantees: ['PUBLIC', 'anon', 'authenticated', ...OUR_ROLES],
      };
      const onHost = await grantsOf(host.db.owner, ours);
      expect(onHost['tables']).toContain('anon SELECT NO ON public.psychologists');
      expect(onHost).toEqual(await grantsOf(plain.owner, ours));
    } finally {
      await plain.close();
    }
  });

  it('leaves Supabase’s service_role no privilege on our tables, sequences or functions', async () => {
    const onHost = await grantsOf(host.db.owner, {
      schemas: ['public', 'psybook_private'],
      grantees: ['service_role'],
    });
    expect(onHost).toEqual({
      tables: [],
      columns: [],
      sequences: [],
      routines: [],
      schemas: ['service_role USAGE ON public'],
    });
  });

  it('leaves TRUNCATE, REFERENCES and TRIGGER on our tables to their owner alone', async () => {
    const { rows } = await host.db.owner.query(
      `SELECT c.oid::regclass::text AS table, coalesce(pg_get_userbyid(nullif(a.grantee, 0)), 'PUBLIC') AS grantee, a.privilege_type
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace CROSS JOIN LATERAL aclexplode(c.relacl) a
        WHERE n.nspname IN ('public', 'psybook_private') AND c.relkind IN ('r', 'p') AND a.grantee <> c.relowner
          AND a.privilege_type IN ('TRUNCATE', 'REFERENCES', 'TRIGGER', 'MAINTAIN')`,
    );
    expect(rows).toEqual([]);
  });

  it('gives what the host’s postgres creates in public later nothing for the API roles (its default privileges are revoked)', async () => {
    let held: unknown[] = [];
    await host.db.owner
      .transaction(async (tx) => {
        await tx.exec(
          'CREATE TABLE public.created_later (id serial PRIMARY KEY); CREATE FUNCTION public.later() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
        );
        held = (
          await tx.query(
            `SELECT r AS role, has_table_privilege(r, 'public.created_later', 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE') AS table,
                    has_sequence_privilege(r, 'public.created_later_id_seq', 'USAGE, SELECT, UPDATE') AS sequence,
                    has_function_privilege(r, 'public.later()', 'EXECUTE') AS function
               FROM unnest(ARRAY['anon', 'authenticated', 'service_role']) r`,
          )
        ).rows;
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    // A new function is still PUBLIC's to call, as on plain Postgres; tables and sequences are no one's.
    expect(held).toEqual(
      ['anon', 'authenticated', 'service_role'].map((role) => ({
        role,
        table: false,
        sequence: false,
        function: true,
      })),
    );
    const { rows } = await host.db.owner.query<{ creator: string }>(
      `SELECT DISTINCT pg_get_userbyid(defaclrole) AS creator FROM pg_default_acl d, aclexplode(d.defaclacl) a
        WHERE defaclnamespace = 'public'::regnamespace AND pg_get_userbyid(a.grantee) IN ('anon', 'authenticated', 'service_role')`,
    );
    // supabase_admin's defaults are Supabase's: a role may change only its own.
    expect(rows).toEqual([{ creator: 'supabase_admin' }]);
  });

  it('cannot give admin, service and whatsapp_service USAGE on auth there, and says so', () => {
    for (const role of OUR_ROLES)
      expect(host.migrationNotices).toContain(
        `NOTICE: role ${role} has no USAGE on schema auth: ${HOST_OWNER} holds no grant option on it`,
      );
  });

  describe.each(STATUS_CHANGES)(
    '%s an appointment (the status trigger, without USAGE on auth)',
    (_name, claims, status) => {
      const change = (db: Database, id: number) =>
        asRolledBack(db, claims, async (tx) => (await tx.query(SET_STATUS, [id, status])).rowCount);
      it('failed before 0004 (permission denied for schema auth)', async () => {
        await expect(change(before.db, fxBefore.appointments.ofA)).rejects.toMatchObject({
          code: '42501',
          message: 'permission denied for schema auth',
        });
      });
      it('works now', async () => {
        expect(await change(host.db, fx.appointments.ofA)).toBe(1);
      });
    },
  );
});
