import { afterAll, beforeAll, expect } from 'vitest';
import { SET_CLAIMS_SQL } from '../../../src/platform/db/claims.js';
import type { Claims, Database } from '../../../src/platform/db/types.js';
import { asRolledBack, openTestDatabase, type Engine } from '@psybook/testkit/engines';
import { insertPolicyFixture, type PolicyFixture } from './fixtures.js';

/** Runs one statement as some claims in a rolled-back transaction; the exact outcome is asserted. */
export interface PolicyCase {
  /** The fixture's ids; available inside tests (set in beforeAll). */
  readonly fx: PolicyFixture;
  readonly db: Database;
  /** The rows a SELECT (or a statement with RETURNING) yields. */
  rows<Row = Record<string, unknown>>(claims: Claims, sql: string, params?: unknown[]): Promise<Row[]>;
  /** How many rows an INSERT, UPDATE or DELETE affected. */
  affected(claims: Claims, sql: string, params?: unknown[]): Promise<number>;
  /**
   * Like `affected`, but first grants `grant` (e.g. `DELETE ON users TO authenticated`) inside the
   * same rolled-back owner transaction. Where the GRANTs already refuse an operation, this shows
   * that the seed policy refuses it too, so the policy is proven and not only the privilege.
   */
  affectedWithGrant(grant: string, claims: Claims, sql: string, params?: unknown[]): Promise<number>;
}

class Rollback extends Error {}

/** Opens the migrated database a policy suite runs on: by default the run's database for the engine. */
export type PolicyDatabaseFactory = (engine: Engine) => Promise<Database>;
let openPolicyDatabase: PolicyDatabaseFactory = openTestDatabase;

/**
 * Runs the policy suites on databases from `factory` instead, cases and assertions as written:
 * server/test/db/supabase/policy-matrix.test.ts runs the whole matrix on a Supabase-like host.
 * Set it before the suites' beforeAll hooks run; it holds for the test file that sets it.
 */
export function setPolicyDatabaseFactory(factory: PolicyDatabaseFactory): void {
  openPolicyDatabase = factory;
}

/** A migrated database with the fixture rows for one engine: opened in beforeAll, closed in afterAll. */
export function usePolicyDatabase(engine: Engine): PolicyCase {
  let db: Database | undefined;
  let fx: PolicyFixture | undefined;
  beforeAll(async () => {
    db = await openPolicyDatabase(engine);
    fx = await insertPolicyFixture(db);
  });
  afterAll(async () => {
    await db?.close();
  });
  const ready = () => {
    if (!db) throw new Error('the policy database is opened in beforeAll');
    return db;
  };
  return {
    get fx() {
      if (!fx) throw new Error('the policy fixture is inserted in beforeAll');
      return fx;
    },
    get db() {
      return ready();
    },
    rows: async <Row>(claims: Claims, sql: string, params: unknown[] = []) =>
      asRolledBack(ready(), claims, async (tx) => (await tx.query<Row>(sql, params)).rows),
    affected: async (claims, sql, params = []) =>
      asRolledBack(ready(), claims, async (tx) => (await tx.query(sql, params)).rowCount),
    async affectedWithGrant(grant, claims, sql, params = []) {
      let affected = -1;
      await ready()
        .owner.transaction(async (tx) => {
          await tx.exec(`GRANT ${grant}`);
          await tx.query(SET_CLAIMS_SQL, [claims.role, JSON.stringify(claims)]);
          affected = (await tx.query(sql, params)).rowCount;
          throw new Rollback();
        })
        .catch((error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        });
      return affected;
    },
  };
}

/** The role lacks the table privilege (GRANT), so Postgres refuses before RLS looks at a row. */
export async function expectPermissionDenied(outcome: Promise<unknown>, table: string): Promise<void> {
  await expect(outcome).rejects.toMatchObject({ code: '42501', message: `permission denied for table ${table}` });
}

/** The role may not even look inside the schema (no USAGE), whatever the table's grants say. */
export async function expectNoSchemaAccess(outcome: Promise<unknown>, schema: string): Promise<void> {
  await expect(outcome).rejects.toMatchObject({ code: '42501', message: `permission denied for schema ${schema}` });
}

/** A new or changed row fails a policy's WITH CHECK (or an UPDATE policy's USING used as one). */
export async function expectPolicyViolation(outcome: Promise<unknown>, table: string): Promise<void> {
  await expect(outcome).rejects.toMatchObject({
    code: '42501',
    message: expect.stringMatching(
      new RegExp(`^new row violates row-level security policy( \\(USING expression\\))? for table "${table}"$`),
    ),
  });
}
