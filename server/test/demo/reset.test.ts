import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestDatabase } from '@psybook/testkit/engines';
import { resetDemo } from '../../src/demo/reset.js';
import { seedDemoIfEmpty } from '../../src/demo/seed.js';
import type { Database } from '../../src/platform/db/types.js';

describe.each(ENGINES)('npm run demo:reset on %s', (engine) => {
  let db: Database;
  const count = async (sql: string) => (await db.owner.query<{ n: number }>(sql)).rows[0]!.n;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    expect(await seedDemoIfEmpty(db.owner)).toBe(true);
    // The clinic's own data, added after the demo: it must survive the reset.
    await db.owner.query(`
      WITH p AS (INSERT INTO psychologists (first_name, last_name, email) VALUES ('Real', 'Doctor', 'real@clinic.example') RETURNING id),
           u AS (INSERT INTO users (first_name, last_name, phone) VALUES ('Real', 'Patient', '+34699000001') RETURNING id)
      INSERT INTO appointments (user_id, psychologist_id, appointment_date, start_time, end_time, entry_method)
      SELECT u.id, p.id, '2031-01-07', '10:00', '10:50', 'web_form' FROM p, u`);
    await db.owner.query(
      `INSERT INTO metrics (session_id, entry_method, event_type) VALUES ('real-session-1', 'web_form', 'widget_view')`,
    );
  });
  afterAll(() => db.close());

  it('removes the demo clinic and its experiment data, and nothing of the clinic’s own', async () => {
    expect(
      await count(`SELECT count(*)::int AS n FROM metrics WHERE additional_data ->> 'source' = 'demo'`),
    ).toBeGreaterThan(0);
    const removed = await resetDemo(db.owner);
    expect(removed.psychologists).toBe(3);
    expect(removed.metrics).toBeGreaterThan(100);
    expect(await count(`SELECT count(*)::int AS n FROM psychologists`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM metrics WHERE session_id LIKE 'demo-%'`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM metrics WHERE session_id = 'real-session-1'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM users WHERE phone LIKE '+346110%'`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM appointments`)).toBe(1);
    // A second reset finds nothing more to remove.
    expect(await resetDemo(db.owner)).toEqual({ psychologists: 0, patients: 0, metrics: 0 });
  });
});
