import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenVerifier, MAX_TOKEN_LIFETIME_S } from '../../../src/platform/auth/jwt.js';
import { signToken } from '../../../src/platform/auth/sign.js';
import { Unauthenticated } from '../../../src/platform/errors.js';

const SECRET = 'a-test-secret-that-is-at-least-32-characters';
const SUB = '7d3f0a52-4a1b-4c2d-9e8f-0123456789ab';
const verifier = createTokenVerifier({ secret: SECRET });
const now = () => Math.floor(Date.now() / 1000);

/** A token with exactly these claims (no defaults), signed with the verifier's secret. */
const raw = (claims: Record<string, unknown>) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(SECRET));

async function refusal(token: string): Promise<string> {
  const error = await verifier.verify(token).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Unauthenticated);
  return (error as Unauthenticated).detail ?? '';
}

describe('bearer tokens (hardening 11: tokens without exp never expired; 10: a non-UUID sub)', () => {
  it('accepts a token with a role, a UUID subject and an expiry', async () => {
    const claims = await verifier.verify(await signToken(SECRET, { role: 'admin', sub: SUB }));
    expect(claims).toMatchObject({ role: 'admin', sub: SUB });
  });

  it('refuses a token without exp', async () => {
    expect(await refusal(await raw({ role: 'admin', sub: SUB, iat: now() }))).toMatch(/no expiry/);
  });

  it('refuses an expired token', async () => {
    expect(await refusal(await raw({ role: 'admin', sub: SUB, iat: now() - 7200, exp: now() - 3600 }))).toMatch(
      /expired/,
    );
  });

  it('refuses a lifetime longer than the bound', async () => {
    const iat = now();
    expect(await refusal(await raw({ role: 'admin', sub: SUB, iat, exp: iat + MAX_TOKEN_LIFETIME_S + 3600 }))).toMatch(
      /lives longer/,
    );
    // Without iat the lifetime counts from now.
    expect(await refusal(await raw({ role: 'admin', sub: SUB, exp: now() + MAX_TOKEN_LIFETIME_S + 3600 }))).toMatch(
      /lives longer/,
    );
  });

  it('honours nbf and refuses an iat in the future', async () => {
    expect(await refusal(await raw({ role: 'admin', sub: SUB, nbf: now() + 600, exp: now() + 3600 }))).toMatch(/nbf/);
    expect(await refusal(await raw({ role: 'admin', sub: SUB, iat: now() + 600, exp: now() + 3600 }))).toMatch(/iat/);
  });

  it('refuses a subject that is not a UUID, as 401 rather than a database error', async () => {
    expect(await refusal(await signToken(SECRET, { role: 'authenticated', sub: 'not-a-uuid' }))).toMatch(/UUID/);
    expect(await refusal(await signToken(SECRET, { role: 'admin', sub: "1' OR 1=1" }))).toMatch(/UUID/);
  });
});
