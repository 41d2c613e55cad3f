import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { bookingBody, MONDAY, NOW, seedClinic, type Clinic } from '@psybook/testkit/clinic';
import { createScratchDatabase } from '@psybook/testkit/scratch-database';
import { createPgliteDatabase } from '../../../src/platform/db/pglite.js';
import { createPostgresDatabase } from '../../../src/platform/db/postgres.js';
import type { DbTimeouts } from '../../../src/platform/db/faults.js';
import type { Database } from '../../../src/platform/db/types.js';

const SHORT: DbTimeouts = { statementMs: 1500, lockMs: 500, idleInTransactionMs: 5000, acquireMs: 700 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A migrated database of the run's, with short limits so faults show within a test. */
async function databaseWithLimits(engine: 'pglite' | 'postgres', timeouts: DbTimeouts): Promise<Database> {
  if (engine === 'pglite') {
    return createPgliteDatabase({ loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]), timeouts });
  }
  const scratch = await createScratchDatabase(process.env['DATABASE_URL']!, {
    name: `psybook_f_${randomBytes(5).toString('hex')}`,
    template: inject('pgTemplate'),
  });
  const db = await createPostgresDatabase({ ownerUrl: scratch.url, poolSize: 10, timeouts });
  return { ...db, close: async () => (await db.close(), await scratch.drop()) };
}

async function expectUnavailable(res: Response) {
  expect(res.status).toBe(503);
  expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(((await res.json()) as { code: string }).code).toBe('database_unavailable');
}

describe.runIf(process.env['DATABASE_URL'])('Postgres faults become clean answers (hardening 1 and 2)', () => {
  let app: TestApp;
  let clinic: Clinic;
  let database: string;

  beforeAll(async () => {
    const db = await databaseWithLimits('postgres', SHORT);
    app = await startTestApp('postgres', { db, now: () => NOW });
    clinic = await seedClinic(app.db);
    database = (await app.db.owner.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db;
  });
  afterAll(async () => {
    await app.close();
    await app.db.close();
  });

  const slots = () => fetch(`${app.url}/v1/psychologists/${clinic.anaId}/slots?from=${MONDAY}&to=${MONDAY}`);

  it('survives its connections being terminated under load: every answer is 200 or 503, then all is well', async () => {
    const killer = new pg.Client({ connectionString: process.env['DATABASE_URL'] });
    await killer.connect();
    const statuses: number[] = [];
    const until = Date.now() + 3000;
    let kills = 0;
    const load = Array.from({ length: 15 }, async () => {
      while (Date.now() < until) {
        const res = await slots();
        statuses.push(res.status);
        if (res.status === 503) await expectUnavailable(res);
        else await res.arrayBuffer();
      }
    });
    // A bounded loop: terminate every backend of the request pool every 150 ms for 3 s.
    const terminate = (async () => {
      while (Date.now() < until) {
        const { rowCount } = await killer.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'psybook_api' AND datname = $1`,
          [database],
        );
        kills += rowCount ?? 0;
        await sleep(150);
      }
    })();
    await Promise.all([...load, terminate]);
    await killer.end();
    expect(kills).toBeGreaterThan(0);
    expect(statuses.length).toBeGreaterThan(20);
    expect(new Set(statuses.filter((s) => s !== 200 && s !== 503))).toEqual(new Set());
    for (let i = 0; i < 5; i++) expect((await slots()).status).toBe(200);
  });

  it('answers 503 within the lock timeout while a lock is held, and /healthz and /readyz stay fast', async () => {
    const holder = new pg.Client({ connectionString: new URL(`/${database}`, process.env['DATABASE_URL']).toString() });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE appointments IN ACCESS EXCLUSIVE MODE');
    try {
      const started = Date.now();
      const booking = await fetch(`${app.url}/v1/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(bookingBody(clinic.anaId)),
      });
      await expectUnavailable(booking);
      expect(Date.now() - started).toBeLessThan(SHORT.statementMs + 3000);
      const health = Date.now();
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${app.url}/readyz`);
      expect([200, 503]).toContain(ready.status);
      expect(Date.now() - health).toBeLessThan(2500);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect(await app.db.owner.query('SELECT 1 FROM appointments')).toMatchObject({ rowCount: 0 });
  });
});

describe('PGlite: one slow transaction does not queue every request forever (hardening 2)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('pglite', { db: await databaseWithLimits('pglite', SHORT) });
  });
  afterAll(async () => {
    await app.close();
    await app.db.close();
  });

  it('answers 503 with Retry-After once the wait for the session passes its bound, then recovers', async () => {
    const slow = app.db.withClaims({ role: 'anon' }, () => sleep(SHORT.acquireMs * 3));
    await sleep(20);
    const started = Date.now();
    await expectUnavailable(await fetch(`${app.url}/v1/psychologists`));
    // Bounded: well short of the slow transaction, with slack for a loaded machine.
    expect(Date.now() - started).toBeLessThan(SHORT.acquireMs * 3);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    await slow;
    expect((await fetch(`${app.url}/v1/psychologists`)).status).toBe(200);
  });
});
