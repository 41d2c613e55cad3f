import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp, type TestAppOptions } from '@psybook/testkit/app';
import type { Engine } from '@psybook/testkit/engines';
import { NOW } from '@psybook/testkit/clinic';
import { createClient, type PsybookClient } from '../../src/index.js';

/** A Monday in March 2026; "now" is pinned to the Friday before, 10:00 in Madrid. */
export { MONDAY, NOW } from '@psybook/testkit/clinic';

export interface RealApi {
  app: TestApp;
  /** No token: what a patient's browser is. */
  anon: PsybookClient;
  admin: PsybookClient;
  /** A client that signs in as `sub` with role `authenticated`. */
  signedIn(sub: string): PsybookClient;
}

const ADMIN_SUB = randomUUID();

/** The real app (PGlite or Postgres) on an ephemeral port, with SDK clients pointed at it. */
export async function startRealApi(engine: Engine, options: TestAppOptions = {}): Promise<RealApi> {
  const app = await startTestApp(engine, { now: () => NOW, ...options });
  const client = (accessToken?: () => Promise<string>) =>
    createClient({ baseUrl: app.url, maxRetries: 0, ...(accessToken ? { accessToken } : {}) });
  return {
    app,
    anon: client(),
    admin: client(() => app.token('admin', ADMIN_SUB)),
    signedIn: (sub) => client(() => app.token('authenticated', sub)),
  };
}

/** A new row in auth.users (the Supabase stand-in), for someone who signs in. */
export async function newAuthUser(app: TestApp, email: string): Promise<string> {
  const { rows } = await app.db.owner.query<{ id: string }>(
    'INSERT INTO auth.users (email) VALUES ($1) RETURNING id::text',
    [email],
  );
  return rows[0]!.id;
}
