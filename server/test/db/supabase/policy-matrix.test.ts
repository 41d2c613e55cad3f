import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import type * as Engines from '@psybook/testkit/engines';
import { setPolicyDatabaseFactory } from '../policies/harness.js';
import { supabaseLikeCopies } from './host.js';

// The policy matrix of server/test/db/policies/, every case and assertion as written, on a
// database set up as a Supabase project's (host.sql: default privileges that give anon,
// authenticated and service_role everything) and migrated as its postgres. The suites iterate
// the run's engines; here they run once, on this Postgres, each on its own copy of the host.
vi.mock('@psybook/testkit/engines', async (importOriginal) => ({
  ...(await importOriginal<typeof Engines>()),
  ENGINES: process.env['DATABASE_URL'] ? ['postgres'] : [],
}));

const url = process.env['DATABASE_URL'];
const SUITES = readdirSync(new URL('../policies/', import.meta.url))
  .filter((file) => file.endsWith('.test.ts') && file !== 'coverage.test.ts')
  .map((file) => file.slice(0, -'.test.ts'.length))
  .sort();

if (!url) {
  process.stderr.write(
    'server/test/db/supabase/policy-matrix.test.ts skipped: set DATABASE_URL (a Postgres server where it may create roles and databases)\n',
  );
  describe('the policy matrix on a Supabase-like host', () => {
    it.skip('needs DATABASE_URL', () => {});
  });
} else {
  let copies: Awaited<ReturnType<typeof supabaseLikeCopies>> | undefined;
  beforeAll(async () => {
    copies = await supabaseLikeCopies(url);
  });
  afterAll(async () => {
    await copies?.close();
  });
  setPolicyDatabaseFactory(() => {
    if (!copies) throw new Error('the Supabase-like host is made in beforeAll');
    return copies.open();
  });

  describe('the policy matrix on a Supabase-like host', async () => {
    for (const suite of SUITES) await import(`../policies/${suite}.test.ts`);
  });
}
