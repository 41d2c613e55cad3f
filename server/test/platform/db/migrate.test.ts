import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/platform/db/migrate.js';
import type { Database } from '../../../src/platform/db/types.js';
import { ENGINES, openTestDatabase } from '@psybook/testkit/engines';

describe.each(ENGINES)('migrations on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await db.close();
  });

  it('records every file once, so running again applies nothing', async () => {
    const { rows } = await db.owner.query<{ name: string; outcome: string }>(
      'SELECT name, outcome FROM psybook_migrations ORDER BY applied_at, name',
    );
    expect(rows.map((row) => row.name).sort()).toEqual(['auth.sql', 'policies.sql', 'roles.sql', 'schema.sql']);
    const before = await db.owner.query('SELECT count(*)::int AS n FROM pg_policies');
    expect(await migrate(db.owner)).toEqual({ applied: [], skipped: [] });
    expect((await db.owner.query('SELECT count(*)::int AS n FROM pg_policies')).rows).toEqual(before.rows);
  });

  it('refuses to run when an applied file changed since', async () => {
    await db.owner.query("UPDATE psybook_migrations SET checksum = 'stale' WHERE name = 'schema.sql'");
    await expect(migrate(db.owner)).rejects.toThrow(/db\/schema.sql changed after it was applied/);
  });
});
