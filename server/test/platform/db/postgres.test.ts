import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  assertSafeLoginRole,
  createPostgresDatabase,
  UnsafeLoginRoleError,
} from '../../../src/platform/db/postgres.js';
import type { Database } from '../../../src/platform/db/types.js';
import { openTestDatabase } from '@psybook/testkit/engines';

const url = process.env['DATABASE_URL'];
if (!url) {
  console.warn('server/test/db/postgres.test.ts skipped: set DATABASE_URL to check the request pool’s login role');
}

describe.runIf(url)('the Postgres request pool', () => {
  const ownerUrl = url!;

  it('survives the server dropping an idle connection, reports it, and opens a new one', async () => {
    const dropped: Error[] = [];
    const db = await createPostgresDatabase({ ownerUrl, onIdleError: (error) => dropped.push(error) });
    try {
      const pidOf = () =>
        db.withClaims(
          { role: 'anon' },
          async (tx) => (await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid,
        );
      const first = await pidOf();
      await db.owner.query('SELECT pg_terminate_backend($1)', [first]);
      await vi.waitFor(() => expect(dropped).toHaveLength(1));
      expect(await pidOf()).not.toBe(first);
    } finally {
      await db.close();
    }
  });

  it('refuses a pool that logs in as a superuser (the owner)', async () => {
    const unsafe = await createPostgresDatabase({ ownerUrl, apiUrl: ownerUrl });
    try {
      await expect(assertSafeLoginRole(unsafe)).rejects.toBeInstanceOf(UnsafeLoginRoleError);
    } finally {
      await unsafe.close();
    }
  });

  it('refuses a pool whose login role has BYPASSRLS', async () => {
    const role = `psybook_bypass_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: ownerUrl });
    await admin.connect();
    await admin.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER BYPASSRLS; GRANT anon TO ${role}`);
    const apiUrl = new URL(ownerUrl);
    apiUrl.username = role;
    const unsafe = await createPostgresDatabase({ ownerUrl, apiUrl: apiUrl.toString() });
    try {
      await expect(assertSafeLoginRole(unsafe)).rejects.toThrow(
        `database login role ${role} is a superuser or BYPASSRLS`,
      );
    } finally {
      await unsafe.close();
      await admin.query(`DROP ROLE ${role}`);
      await admin.end();
    }
  });

  it('accepts psybook_api, the default login', async () => {
    const safe = await createPostgresDatabase({ ownerUrl });
    try {
      await expect(assertSafeLoginRole(safe)).resolves.toBeUndefined();
    } finally {
      await safe.close();
    }
  });

  describe('after an injected RESET ROLE', () => {
    let db: Database;
    beforeAll(async () => {
      db = await openTestDatabase('postgres');
      await db.owner.exec(`
        INSERT INTO users (id, first_name, last_name, phone) VALUES (1, 'Ana', 'Gil', '+34600000401');
        INSERT INTO psychologists (id, first_name, last_name, email) VALUES (1, 'Eva', 'Sanz', 'eva@x.test');
        INSERT INTO appointments (user_id, psychologist_id, appointment_date, start_time, end_time, entry_method)
          VALUES (1, 1, '2031-05-05', '10:00', '11:00', 'web_form');
      `);
    });
    afterAll(async () => {
      await db.close();
    });

    it('is psybook_api, which can read nothing', async () => {
      const outcome = db.withClaims({ role: 'admin' }, async (tx) => {
        await tx.query('RESET ROLE');
        expect((await tx.query('SELECT current_user AS user')).rows).toEqual([{ user: 'psybook_api' }]);
        return tx.query('SELECT * FROM users');
      });
      await expect(outcome).rejects.toMatchObject({ code: '42501', message: 'permission denied for table users' });
    });

    it.each(['appointments', 'psychologists', 'metrics', 'chat_sessions', 'session_states'])(
      'is refused %s (permission denied)',
      async (table) => {
        const outcome = db.withClaims({ role: 'admin' }, async (tx) => {
          await tx.query('RESET ROLE');
          return tx.query(`SELECT * FROM ${table}`);
        });
        await expect(outcome).rejects.toMatchObject({ code: '42501', message: `permission denied for table ${table}` });
      },
    );

    it('cannot become the owner', async () => {
      const outcome = db.withClaims({ role: 'anon' }, (tx) => tx.query('SET ROLE postgres'));
      await expect(outcome).rejects.toMatchObject({ code: '42501' });
    });
  });
});
