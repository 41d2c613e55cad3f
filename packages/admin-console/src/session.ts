import { createClient, fromSupabase, isApiError, type PsybookClient, type SupabaseLike } from '@psybook/client-sdk';
import { problemText } from './problem-text.js';

/** How the console signs in: a pasted token, or a supabase-js client whose session is forwarded. */
export type Credentials = { token: string } | { supabase: SupabaseLike };

const TOKEN_KEY = 'psybook-admin-token';

/** The API is the server that serves the console. */
const apiBase = () => globalThis.location.origin;

export function clientFor(credentials: Credentials): PsybookClient {
  return createClient({
    baseUrl: apiBase(),
    accessToken: 'token' in credentials ? credentials.token : fromSupabase(credentials.supabase),
  });
}

/** Tokens live in sessionStorage: they survive a reload but not the closing of the tab. */
export const savedToken = () => globalThis.sessionStorage?.getItem(TOKEN_KEY) ?? null;
export const saveToken = (token: string) => globalThis.sessionStorage?.setItem(TOKEN_KEY, token);
export const forgetToken = () => globalThis.sessionStorage?.removeItem(TOKEN_KEY);

/** Whether the report range holds demo data (the report itself has no such field). Any failure just means no label. */
export async function hasDemoData(credentials: Credentials, range: { from: string; to: string }): Promise<boolean> {
  try {
    return (await clientFor(credentials).reports.demoData(range)).demo;
  } catch {
    return false;
  }
}

/** Why the API refused credentials: not an admin's, or not accepted at all (with the API's reason). */
export type Refusal = { kind: 'not_admin' } | { kind: 'rejected'; reason: string };

/** Checks credentials with a call only an admin may make; resolves to why they were refused, if they were. */
export async function checkCredentials(credentials: Credentials): Promise<Refusal | undefined> {
  try {
    await clientFor(credentials).admin.psychologists.list();
    return undefined;
  } catch (error) {
    if (isApiError(error) && error.status === 403) return { kind: 'not_admin' };
    return { kind: 'rejected', reason: problemText(error) };
  }
}
