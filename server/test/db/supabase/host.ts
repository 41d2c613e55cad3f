import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { migrate } from '../../../src/platform/db/migrate.js';
import { createPostgresDatabase } from '../../../src/platform/db/postgres.js';
import type { Database, OwnerConnection } from '../../../src/platform/db/types.js';

/**
 * The stand-in for a Supabase project's `postgres`: not a superuser (Supabase demotes it in
 * migrations/db/migrations/10000000000000_demote-postgres.sql), CREATEDB, CREATEROLE, BYPASSRLS,
 * owner of the database, a member of anon, authenticated, service_role and supabase_auth_admin.
 * Our migrations run as it, as they do on Supabase.
 */
export const HOST_OWNER = 'psybook_supabase_postgres';

/** The roles our migrations give the API's login and PostgREST's `authenticator`. */
export const OUR_ROLES = ['admin', 'service', 'whatsapp_service'] as const;

const HOST_SQL = readFileSync(new URL('./host.sql', import.meta.url), 'utf8');
/** Serialises, across test runs on one server, the cluster-wide role setup and the probe after it. */
const HOST_ROLES_LOCK = 7411014;

/**
 * Supabase's roles (supabase/postgres init-scripts/00000000000000-initial-schema.sql and
 * 00000000000001-auth-schema.sql; the memberships of later migrations 20220609081115 and
 * 20230201083204). Roles are cluster-wide and other suites' databases share them: each is made
 * only where missing, and anon and authenticated are left as db/roles.sql made them (members of
 * nothing, so INHERIT, which Supabase gave them in 2023, would change nothing here).
 * Left out: supabase_admin's SUPERUSER (this machine's postgres is the superuser here), the
 * LOGIN and CREATEROLE of supabase_auth_admin (Supabase Auth's own connection and migrations,
 * which this fixture does not run), the storage, realtime and replication roles.
 */
const HOST_ROLES: [role: string, attributes: string][] = [
  ['anon', 'NOLOGIN NOINHERIT'],
  ['authenticated', 'NOLOGIN NOINHERIT'],
  ['service_role', 'NOLOGIN NOINHERIT BYPASSRLS'],
  // PostgREST's login: it can only become the roles it is granted.
  ['authenticator', 'LOGIN NOINHERIT'],
  ['supabase_admin', 'NOLOGIN'],
  ['supabase_auth_admin', 'NOLOGIN NOINHERIT'],
  [HOST_OWNER, 'LOGIN NOSUPERUSER CREATEDB CREATEROLE BYPASSRLS'],
];
const HOST_MEMBERSHIPS = [
  'GRANT anon, authenticated, service_role TO authenticator',
  `GRANT anon, authenticated, service_role, supabase_auth_admin TO ${HOST_OWNER}`,
];

/** A Supabase-like database migrated by our runner. `close()` drops it. */
export interface SupabaseLikeHost {
  name: string;
  /** The app's view of it: `owner` is the host's postgres, requests log in as psybook_api. */
  db: Database;
  /** Right after migrating: whether `authenticator` could SET ROLE to each of ours. */
  authenticatorCouldBecome: Record<(typeof OUR_ROLES)[number], boolean>;
  /** Warnings and notices the migration printed, e.g. the auth schema's grant that cannot be given. */
  migrationNotices: string[];
  close(): Promise<void>;
}

function urlFor(serverUrl: string, database: string, user?: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  if (user) {
    url.username = user;
    url.password = '';
  }
  return url.toString();
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>, notices?: string[]): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  if (notices) client.on('notice', (notice) => notices.push(`${notice.severity ?? ''}: ${notice.message}`));
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** One client as the runner's owner connection (its transaction is the client's). */
function ownerConnection(client: pg.Client): OwnerConnection {
  const tx = {
    query: async <Row>(sql: string, params: readonly unknown[] = []) => {
      const result = await client.query(sql, params as unknown[]);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    },
    exec: async (sql: string) => void (await client.query(sql)),
  };
  return {
    ...tx,
    async transaction(fn) {
      await client.query('BEGIN');
      try {
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
  };
}

const dropSql = (name: string) => `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`;

/** Makes the roles where missing; a concurrent maker elsewhere is fine (the lock covers our runs only). */
async function ensureHostRoles(server: pg.Client): Promise<void> {
  for (const [role, attributes] of HOST_ROLES) {
    await server.query(`DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN
          CREATE ROLE ${role} ${attributes};
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END
    $$`);
  }
  for (const sql of HOST_MEMBERSHIPS) await server.query(sql);
}

async function probeAuthenticator(serverUrl: string, database: string) {
  return withClient(urlFor(serverUrl, database, 'authenticator'), async (client) => {
    const could = {} as Record<(typeof OUR_ROLES)[number], boolean>;
    for (const role of OUR_ROLES) {
      could[role] = await client.query(`SET ROLE ${role}`).then(
        () => true,
        () => false,
      );
      await client.query('RESET ROLE');
    }
    return could;
  });
}

/**
 * A new database set up as a Supabase project's (host.sql) and migrated as its postgres from
 * `sqlDir` (db/ by default). Roles are cluster-wide, so their setup, taking away anything that
 * a previous run's 0002 granted `authenticator`, the migration and the probe of what
 * `authenticator` may become run under one lock: another run cannot take the grant away in
 * between.
 */
export async function createSupabaseLikeHost(
  serverUrl: string,
  options: { sqlDir?: string } = {},
): Promise<SupabaseLikeHost> {
  const name = `psybook_sb_${randomBytes(6).toString('hex')}`;
  const ownerUrl = urlFor(serverUrl, name, HOST_OWNER);
  const superuserUrl = urlFor(serverUrl, name);
  const migrationNotices: string[] = [];
  const authenticatorCouldBecome = await withClient(serverUrl, async (server) => {
    await server.query('SELECT pg_advisory_lock($1)', [HOST_ROLES_LOCK]);
    try {
      await ensureHostRoles(server);
      await server.query(`REVOKE ${OUR_ROLES.join(', ')} FROM authenticator`);
      await server.query(dropSql(name));
      await server.query(`CREATE DATABASE ${name} OWNER ${HOST_OWNER}`);
      await withClient(superuserUrl, (client) => client.query(HOST_SQL));
      // On a client of its own, to hear what the migration says (RAISE NOTICE, WARNING).
      await withClient(ownerUrl, (client) => migrate(ownerConnection(client), options.sqlDir), migrationNotices);
      return await probeAuthenticator(serverUrl, name);
    } catch (error) {
      await server.query(dropSql(name));
      throw error;
    } finally {
      await server.query('SELECT pg_advisory_unlock($1)', [HOST_ROLES_LOCK]);
    }
  });
  const db = await createPostgresDatabase({ ownerUrl });
  return {
    name,
    db,
    authenticatorCouldBecome,
    migrationNotices,
    async close() {
      await db.close();
      await withClient(serverUrl, (server) => server.query(dropSql(name)));
    },
  };
}

/**
 * Copies of one migrated Supabase-like database, one per policy suite (each inserts the same
 * fixture rows). The template is closed while copies are made; each copy's `owner` is the
 * superuser, because the harness switches the owner's session into request roles (SET ROLE),
 * which Supabase's postgres may do only for anon, authenticated and service_role.
 */
export async function supabaseLikeCopies(serverUrl: string, options: { sqlDir?: string } = {}) {
  const template = await createSupabaseLikeHost(serverUrl, options);
  await template.db.close();
  const copies = new Set<string>();
  return {
    async open(): Promise<Database> {
      const name = `psybook_sbc_${randomBytes(6).toString('hex')}`;
      await withClient(serverUrl, (server) =>
        server.query(`CREATE DATABASE ${name} TEMPLATE ${template.name} OWNER ${HOST_OWNER}`),
      );
      copies.add(name);
      const db = await createPostgresDatabase({ ownerUrl: urlFor(serverUrl, name), poolSize: 20 });
      return {
        ...db,
        async close() {
          await db.close();
          await withClient(serverUrl, (server) => server.query(dropSql(name)));
          copies.delete(name);
        },
      };
    },
    async close() {
      await withClient(serverUrl, async (server) => {
        for (const name of [...copies, template.name]) await server.query(dropSql(name));
      });
    },
  };
}
