import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UnknownRoleError } from '../../../src/platform/db/claims.js';
import type { Claims, Database } from '../../../src/platform/db/types.js';
import { ENGINES, openTestDatabase } from '@psybook/testkit/engines';

interface Seen {
  pid: number;
  user: string;
  jwt: unknown;
  uid: string | null;
}
const WHO = `SELECT pg_backend_pid() AS pid, current_user AS user, auth.jwt() AS jwt, auth.uid()::text AS uid`;

describe.each(ENGINES)('withClaims on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await db.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const seenAs = (claims: Claims) => db.withClaims(claims, async (tx) => (await tx.query<Seen>(WHO)).rows[0]!);

  it.each([
    ['postgres'],
    ['psybook_api'],
    ['service_role'],
    ['ADMIN'],
    [''],
    ["admin'; RESET ROLE; --"],
    [undefined],
    [42],
  ])('refuses the role %j before any SQL runs', async (role) => {
    // The only way to SQL is a checked-out connection (Postgres) or a transaction (PGlite).
    const checkout =
      engine === 'postgres'
        ? vi.spyOn(pg.Pool.prototype, 'connect')
        : vi.spyOn((db as Database & { pglite: PGlite }).pglite, 'transaction');
    const fn = vi.fn(async () => 'ran');
    await expect(db.withClaims({ role } as unknown as Claims, fn)).rejects.toBeInstanceOf(UnknownRoleError);
    expect(fn).not.toHaveBeenCalled();
    expect(checkout).not.toHaveBeenCalled();
    // The spy does see a request that is let through, so the silence above means something.
    await db.withClaims({ role: 'anon' }, fn);
    expect(checkout).toHaveBeenCalledTimes(1);
  });

  it('runs as the role with the claims it was given', async () => {
    const sub = '00000000-0000-4000-8000-000000000abc';
    expect(await seenAs({ role: 'authenticated', sub })).toMatchObject({
      user: 'authenticated',
      jwt: { role: 'authenticated', sub },
      uid: sub,
    });
  });

  it("does not leak one transaction's role or claims into the next on the same connection", async () => {
    const admin = await seenAs({ role: 'admin', sub: '00000000-0000-4000-8000-0000000000ad' });
    const anon = await seenAs({ role: 'anon' });
    // Same pooled connection (Postgres hands back the most recently released one), or PGlite's one session.
    expect(anon.pid).toBe(admin.pid);
    expect(anon).toEqual({ pid: admin.pid, user: 'anon', jwt: { role: 'anon' }, uid: null });
  });

  it('does not leak them after a transaction that failed either', async () => {
    const failed = db.withClaims({ role: 'admin', sub: '00000000-0000-4000-8000-0000000000ad' }, async (tx) => {
      await tx.query('SELECT 1 / 0');
    });
    await expect(failed).rejects.toMatchObject({ code: '22012' });
    const anon = await seenAs({ role: 'anon' });
    expect(anon).toMatchObject({ user: 'anon', jwt: { role: 'anon' }, uid: null });
  });

  it('leaves the owner connection as the owner, with no claims, after a request transaction', async () => {
    await seenAs({ role: 'whatsapp_service' });
    const { rows } = await db.owner.query<{ owner: boolean; jwt: unknown; uid: string | null }>(
      `SELECT current_user NOT IN ('anon', 'authenticated', 'admin', 'service', 'whatsapp_service', 'psybook_api') AS owner,
         auth.jwt() AS jwt, auth.uid()::text AS uid`,
    );
    expect(rows).toEqual([{ owner: true, jwt: null, uid: null }]);
  });
});
