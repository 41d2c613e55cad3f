import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SQL_DIR, migrate, type MigrationReport } from '../../../src/platform/db/migrate.js';
import type { Database } from '../../../src/platform/db/types.js';
import { asRolledBack, ENGINES, openTestDatabase } from '@psybook/testkit/engines';
import { catalogOf } from './catalog.js';
import { migrate as migrateLegacy } from './fixtures/legacy-v1/migrate.js';
import { openScratchDatabase } from './scratch.js';

const NUMBERED = readdirSync(join(DEFAULT_SQL_DIR, 'migrations'))
  .filter((name) => name.endsWith('.sql'))
  .sort()
  .map((name) => `migrations/${name}`);

/** Where each table with rows lives before and after the upgrade. */
const TABLES: [before: string, after: string][] = [
  ['auth.users', 'auth.users'],
  ['public.users', 'public.users'],
  ['public.psychologists', 'public.psychologists'],
  ['public.availability', 'public.availability'],
  ['public.appointments', 'public.appointments'],
  ['public.metrics', 'public.metrics'],
  ['public.chat_sessions', 'public.chat_sessions'],
  ['public.session_states', 'public.session_states'],
  ['public.manage_tokens', 'psybook_private.manage_tokens'],
  ['public.idempotency_keys', 'psybook_private.idempotency_keys'],
  ['public.rate_limit_hits', 'psybook_private.rate_limit_hits'],
  ['public.whatsapp_processed_messages', 'psybook_private.whatsapp_processed_messages'],
];

/** A new PGlite plus two whole migrations: seconds when the machine is quiet, a minute or more when it is not. */
const FRESH_DATABASE_TIMEOUT_MS = 180_000;

const AUTH_ID = '6f1c2a9e-3b7d-4c1e-9a55-0d2f4e8b7c31';
const TOKEN_HASH = 'a'.repeat(64);

/** A clinic's rows in every table, written as the old code's stores wrote them. */
const CLINIC_ROWS = `
  INSERT INTO auth.users (id, email) VALUES ('${AUTH_ID}', 'eva@clinic.test');
  INSERT INTO psychologists (id, first_name, last_name, email, auth_id) VALUES (1, 'Eva', 'Sanz', 'eva@clinic.test', '${AUTH_ID}');
  INSERT INTO availability (psychologist_id, day_of_week, start_time, end_time) VALUES (1, 1, '09:00', '13:00');
  INSERT INTO users (id, first_name, last_name, phone) VALUES (1, 'Paula', 'Pérez', '+34600111222');
  SELECT setval('users_id_seq', 1);
  INSERT INTO appointments (id, user_id, psychologist_id, appointment_date, start_time, end_time, entry_method)
    VALUES (1, 1, 1, '2031-03-03', '09:00', '09:50', 'web_form');
  INSERT INTO metrics (session_id, entry_method, event_type, appointment_id) VALUES ('s-1', 'web_form', 'booking_confirmed', 1);
  INSERT INTO chat_sessions (id, whatsapp_id, entry_method) VALUES (1, '34600111222', 'click_to_chat');
  INSERT INTO session_states (chat_session_id, current_step, context) VALUES (1, 'welcome', '{"ref":"r1"}');
  INSERT INTO manage_tokens (token_hash, appointment_id) VALUES ('${TOKEN_HASH}', 1);
  INSERT INTO idempotency_keys (scope, key, request_hash, response_status, response_body)
    VALUES ('bookings', 'retry-1', '${'b'.repeat(64)}', 201, '{"manageToken":"x"}');
  INSERT INTO rate_limit_hits (bucket, client, window_start, hits) VALUES ('bookings', '${'c'.repeat(32)}', '2031-03-03T09:00:00Z', 3);
  INSERT INTO whatsapp_processed_messages (wamid) VALUES ('wamid.legacy-1');
`;

const rowsOf = async (db: Database, table: string) =>
  (await db.owner.query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY to_jsonb(t)::text`)).rows;

describe.each(ENGINES)('upgrading a database the pre-migrations runner made, on %s', (engine) => {
  let legacy: Database;
  let fresh: Database;
  let report: MigrationReport;
  const before = new Map<string, unknown>();

  beforeAll(async () => {
    legacy = await openScratchDatabase(engine);
    await migrateLegacy(legacy.owner);
    await legacy.owner.exec(CLINIC_ROWS);
    for (const [table] of TABLES) before.set(table, await rowsOf(legacy, table));
    report = await migrate(legacy.owner);
    fresh = await openTestDatabase(engine);
  }, FRESH_DATABASE_TIMEOUT_MS);
  afterAll(async () => {
    await Promise.all([legacy?.close(), fresh?.close()]);
  });

  it('maps the old records onto the baseline without applying it again, then applies the numbered files', () => {
    expect(report).toEqual({ applied: NUMBERED, skipped: [], adopted: ['policies.sql'] });
  });

  it.each(TABLES)('keeps every row of %s (now %s)', async (table, now) => {
    expect(before.get(table)).not.toEqual([]);
    expect(await rowsOf(legacy, now)).toEqual(before.get(table));
  });

  it('ends with exactly the schema a fresh database gets: tables, columns, constraints, policies, functions, grants', async () => {
    expect(await catalogOf(legacy.owner)).toEqual(await catalogOf(fresh.owner));
  });

  it('keeps one ledger, in the private schema, with the old dates and the adopted file marked', async () => {
    const { rows } = await legacy.owner.query<{ name: string; outcome: string; first: boolean }>(
      `SELECT name, outcome, applied_at < (SELECT max(applied_at) FROM psybook_private.migrations) AS first
         FROM psybook_private.migrations ORDER BY name`,
    );
    expect(rows).toEqual(
      [
        { name: 'auth.sql', outcome: 'applied', first: true },
        { name: 'policies.sql', outcome: 'adopted', first: true },
        { name: 'roles.sql', outcome: 'applied', first: true },
        { name: 'schema.sql', outcome: 'applied', first: true },
        ...NUMBERED.map((name) => ({ name, outcome: 'applied', first: false })),
      ].sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
    const old = await legacy.owner.query("SELECT to_regclass('public.psybook_migrations') AS t");
    expect(old.rows).toEqual([{ t: null }]);
  });

  it('applies nothing when run again', async () => {
    expect(await migrate(legacy.owner)).toEqual({ applied: [], skipped: [], adopted: [] });
  });

  it('serves the moved rows to the stores’ roles, and the sequences carry on', async () => {
    const tokens = await asRolledBack(
      legacy,
      { role: 'service' },
      async (tx) => (await tx.query('SELECT appointment_id FROM psybook_private.manage_tokens')).rows,
    );
    expect(tokens).toEqual([{ appointment_id: 1 }]);
    const seen = await asRolledBack(
      legacy,
      { role: 'whatsapp_service' },
      async (tx) => (await tx.query('SELECT wamid FROM psybook_private.whatsapp_processed_messages')).rows,
    );
    expect(seen).toEqual([{ wamid: 'wamid.legacy-1' }]);
    const next = await legacy.owner.query<{ id: number }>(
      "INSERT INTO users (first_name, last_name, phone) VALUES ('Nuevo', 'Paciente', '+34600111333') RETURNING id",
    );
    expect(next.rows).toEqual([{ id: 2 }]);
  });
});
