import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { isDbRole } from '../db/claims.js';
import type { Claims, DbRole } from '../db/types.js';
import { Unauthenticated } from '../errors.js';

/** Roles a caller may present in a bearer token; `service` and `whatsapp_service` are the server's own. */
export const TOKEN_ROLES: readonly DbRole[] = ['anon', 'authenticated', 'admin'];

/** The longest a token may live (`exp` − `iat`); a token without `exp` never expires, so none is taken. @unit seconds */
export const MAX_TOKEN_LIFETIME_S = 30 * 24 * 3600;
/** Clocks disagree a little; `nbf`, `iat` and `exp` are read with this slack. @unit seconds */
const CLOCK_TOLERANCE_S = 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TokenVerifier {
  /** Verifies a bearer token and returns its claims, or throws a 401 problem. */
  verify(token: string): Promise<Claims>;
}

export type VerifierOptions = { secret: string } | { jwksUrl: string };

/**
 * HS256 with a shared secret (Supabase's legacy JWT secret works) or a JWKS URL (Supabase's
 * asymmetric signing keys). Supabase puts the Postgres role in the `role` claim, as we do.
 */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey =
    'secret' in options ? new TextEncoder().encode(options.secret) : createRemoteJWKSet(new URL(options.jwksUrl));
  const algorithms = 'secret' in options ? ['HS256'] : ['RS256', 'ES256', 'EdDSA'];
  return {
    async verify(token) {
      let payload: JWTPayload;
      // jose checks the signature, `exp` and `nbf`; we also require `exp` and bound the lifetime.
      const checks = { algorithms, requiredClaims: ['exp'], clockTolerance: CLOCK_TOLERANCE_S };
      try {
        ({ payload } =
          key instanceof Uint8Array ? await jwtVerify(token, key, checks) : await jwtVerify(token, key, checks));
      } catch (error) {
        if (error instanceof errors.JWTExpired) throw new Unauthenticated('the token has expired');
        if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp')
          throw new Unauthenticated('the token has no expiry (exp)');
        if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf')
          throw new Unauthenticated('the token is not valid yet (nbf)');
        throw new Unauthenticated('the token is not valid');
      }
      const now = Date.now() / 1000;
      const issuedAt = typeof payload.iat === 'number' ? payload.iat : now;
      if (issuedAt > now + CLOCK_TOLERANCE_S) throw new Unauthenticated('the token is issued in the future (iat)');
      if (payload.exp! - issuedAt > MAX_TOKEN_LIFETIME_S) {
        throw new Unauthenticated(`the token lives longer than ${MAX_TOKEN_LIFETIME_S / 86_400} days`);
      }
      const role = payload['role'];
      if (!isDbRole(role) || !TOKEN_ROLES.includes(role)) {
        throw new Unauthenticated(`the token's role ${JSON.stringify(role)} is not one of ${TOKEN_ROLES.join(', ')}`);
      }
      if (role !== 'anon' && typeof payload.sub !== 'string')
        throw new Unauthenticated('the token has no subject (sub)');
      // `sub` is matched against uuid columns (auth_id); anything else is no identity of ours.
      if (payload.sub !== undefined && !UUID.test(payload.sub))
        throw new Unauthenticated('the token subject (sub) is not a UUID');
      return { ...payload, role } as Claims;
    },
  };
}
