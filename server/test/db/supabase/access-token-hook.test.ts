import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claims } from '../../../src/platform/db/types.js';
import { asRolledBack } from '@psybook/testkit/engines';
import { catalogOf } from '../../platform/db/catalog.js';
import { expectPermissionDenied } from '../policies/harness.js';
import { createSupabaseLikeHost, OUR_ROLES, type SupabaseLikeHost } from './host.js';

const HOOK_SQL = readFileSync(new URL('../../../../db/supabase/custom-access-token-hook.sql', import.meta.url), 'utf8');
const url = process.env['DATABASE_URL'];
if (!url) {
  process.stderr.write(
    'server/test/db/supabase/access-token-hook.test.ts skipped: set DATABASE_URL (a Postgres server where it may create roles and databases)\n',
  );
}

const USERS = {
  listed: '00000000-0000-4000-8000-0000000000a1',
  plain: '00000000-0000-4000-8000-0000000000a2',
  appMetadataAdmin: '00000000-0000-4000-8000-0000000000a3',
  userMetadataAdmin: '00000000-0000-4000-8000-0000000000a4',
};

/** The event Supabase Auth passes the hook: the claims it is about to sign (its required ones). */
function eventFor(userId: string, metadata: { app?: object; user?: object } = {}) {
  return {
    user_id: userId,
    claims: {
      iss: 'https://project.supabase.co/auth/v1',
      aud: 'authenticated',
      exp: 1_900_000_000,
      iat: 1_899_996_400,
      sub: userId,
      email: `${userId}@clinic.example.test`,
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'], ...metadata.app },
      user_metadata: { ...metadata.user },
      role: 'authenticated',
      aal: 'aal1',
      amr: [{ method: 'password', timestamp: 1_899_996_400 }],
      session_id: '4b938a09-5372-4177-a314-cfa292099ea2',
      is_anonymous: false,
    },
    authentication_method: 'password',
  };
}
type HookEvent = ReturnType<typeof eventFor>;

class Rollback extends Error {}

describe.runIf(url)('the Custom Access Token hook (db/supabase/) on a Supabase-like host', () => {
  let host: SupabaseLikeHost;

  /** Calls the hook as Supabase Auth does: as supabase_auth_admin, search_path auth, in a transaction. */
  const hook = (event: HookEvent) =>
    host.db.owner.transaction(async (tx) => {
      await tx.exec('SET LOCAL ROLE supabase_auth_admin; SET LOCAL search_path = auth');
      const { rows } = await tx.query<{ result: HookEvent }>(
        'SELECT public.custom_access_token_hook($1::jsonb) AS result',
        [JSON.stringify(event)],
      );
      return rows[0]!.result;
    });

  beforeAll(async () => {
    host = await createSupabaseLikeHost(url!);
    // As the clinic applies it: the project's postgres, after the migrations.
    await host.db.owner.exec(HOOK_SQL);
    await host.db.owner.query(
      `INSERT INTO auth.users (id, email, raw_app_meta_data) SELECT id, id || '@clinic.example.test', '{}' FROM unnest($1::uuid[]) id`,
      [Object.values(USERS)],
    );
    await host.db.owner.query('INSERT INTO public.clinic_admins (auth_id) VALUES ($1)', [USERS.listed]);
  }, 120_000);
  afterAll(async () => {
    await host?.close();
  });

  it('makes a user listed in clinic_admins admin, and changes no other claim', async () => {
    const event = eventFor(USERS.listed);
    expect(await hook(event)).toEqual({ ...event, claims: { ...event.claims, role: 'admin' } });
  });

  it('makes a user whose app_metadata.role is admin admin', async () => {
    expect((await hook(eventFor(USERS.appMetadataAdmin, { app: { role: 'admin' } }))).claims.role).toBe('admin');
  });

  it.each([
    ['a user who is not listed', eventFor(USERS.plain)],
    [
      'a user who wrote role: admin into their own user_metadata',
      eventFor(USERS.userMetadataAdmin, { user: { role: 'admin' } }),
    ],
  ])('leaves %s authenticated (the event unchanged)', async (_who, event) => {
    expect(await hook(event)).toEqual(event);
  });

  it('stops making a user admin once their auth user is deleted (the row goes with it)', async () => {
    let role: string | undefined;
    await host.db.owner
      .transaction(async (tx) => {
        await tx.query('DELETE FROM auth.users WHERE id = $1', [USERS.listed]);
        await tx.exec('SET LOCAL ROLE supabase_auth_admin');
        const { rows } = await tx.query<{ role: string }>(
          "SELECT public.custom_access_token_hook($1::jsonb) #>> '{claims,role}' AS role",
          [JSON.stringify(eventFor(USERS.listed))],
        );
        role = rows[0]!.role;
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    expect(role).toBe('authenticated');
  });

  describe('the token it makes', () => {
    let claims: Claims;
    beforeAll(async () => {
      claims = (await hook(eventFor(USERS.listed))).claims as unknown as Claims;
    });
    it('is an admin’s in the database: the request runs as admin and the admin policies match', async () => {
      const seen = await asRolledBack(host.db, claims, async (tx) => ({
        role: (await tx.query<{ role: string }>('SELECT current_user AS role')).rows[0]!.role,
        admins: (await tx.query('SELECT auth_id FROM public.clinic_admins')).rows,
      }));
      expect(seen).toEqual({ role: 'admin', admins: [{ auth_id: USERS.listed }] });
    });
    it.each(OUR_ROLES)('is one authenticator (PostgREST’s login) may switch to: SET ROLE %s', (role) => {
      expect(host.authenticatorCouldBecome[role]).toBe(true);
    });
  });

  it.each<[string, Claims]>([
    ['anon', { role: 'anon' }],
    ['a signed-in user', { role: 'authenticated', sub: USERS.plain }],
    ['an admin', { role: 'admin', sub: USERS.listed }],
  ])('cannot be called by %s (permission denied)', async (_who, claims) => {
    const call = asRolledBack(host.db, claims, (tx) =>
      tx.query('SELECT public.custom_access_token_hook($1::jsonb)', [JSON.stringify(eventFor(USERS.plain))]),
    );
    await expect(call).rejects.toMatchObject({
      code: '42501',
      message: 'permission denied for function custom_access_token_hook',
    });
  });

  it.each<[string, Claims]>([
    ['anon', { role: 'anon' }],
    ['a signed-in user', { role: 'authenticated', sub: USERS.plain }],
  ])('keeps the list of admins from %s (permission denied)', async (_who, claims) => {
    await expectPermissionDenied(
      asRolledBack(host.db, claims, (tx) => tx.query('SELECT * FROM public.clinic_admins')),
      'clinic_admins',
    );
  });

  it('changes nothing when applied again', async () => {
    const before = await catalogOf(host.db.owner);
    await host.db.owner.exec(HOOK_SQL);
    expect(await catalogOf(host.db.owner)).toEqual(before);
  });
});
