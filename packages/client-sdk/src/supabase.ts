import type { AccessToken } from './options.js';

/**
 * The part of a `@supabase/supabase-js` client this needs, typed structurally so the SDK does
 * not depend on supabase-js (and works with any version that keeps `auth.getSession()`).
 */
export interface SupabaseLike {
  auth: {
    getSession(): Promise<{ data: { session: { access_token: string } | null } }>;
  };
}

/**
 * An `accessToken` for `createClient` that forwards the signed-in user's Supabase session
 * (supabase-js refreshes it as needed); no session means an anonymous request.
 */
export function fromSupabase(supabase: SupabaseLike): Exclude<AccessToken, string> {
  return async () => {
    const { data } = await supabase.auth.getSession();
    return data.session?.access_token ?? undefined;
  };
}
