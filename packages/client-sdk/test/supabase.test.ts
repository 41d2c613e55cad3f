import { createClient as createSupabase } from '@supabase/supabase-js';
import { http, HttpResponse } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { fromSupabase, type AccessToken } from '../src/index.js';
import { API, fastClient, useMockApi } from './support/msw.js';

const server = useMockApi();

/** Stands in for supabase-js's auth; only getSession is used. */
function fakeSupabase(tokens: (string | null)[]) {
  let i = 0;
  return {
    auth: {
      getSession: async () => {
        const token = tokens[Math.min(i++, tokens.length - 1)] ?? null;
        return { data: { session: token ? { access_token: token } : null } };
      },
    },
  };
}

describe('fromSupabase', () => {
  it('accepts a real supabase-js client by type', () => {
    const supabase = createSupabase('https://project.supabase.co', 'anon-key', {
      auth: { persistSession: false, autoRefreshToken: false },
    });
    expectTypeOf(fromSupabase(supabase)).toExtend<AccessToken>();
    expectTypeOf(fromSupabase).parameter(0).not.toEqualTypeOf<unknown>();
    // @ts-expect-error a client without auth.getSession is not a Supabase client
    fromSupabase({ auth: {} });
  });

  it("forwards the current session's access token, and nothing when signed out", async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${API}/v1/me/appointments`, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return HttpResponse.json({ data: [] });
      }),
    );
    const client = fastClient({ accessToken: fromSupabase(fakeSupabase(['jwt-1', 'jwt-2', null])) });
    await client.me.appointments();
    await client.me.appointments();
    await client.me.appointments();
    expect(seen).toEqual(['Bearer jwt-1', 'Bearer jwt-2', null]);
  });
});
