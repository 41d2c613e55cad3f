import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { isDbRole } from '../db/claims.js';
import type { Claims, DbRole } from '../db/types.js';
import { Unauthenticated } from '../errors.js';

/** Roles a caller may present in a bearer token; `service` and `whatsapp_service` are the server's own. */
export const TOKEN_ROLES: readonly DbRole[] = ['anon', 'authenticated', 'admin'];

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
      try {
        ({ payload } =
          key instanceof Uint8Array
            ? await jwtVerify(token, key, { algorithms })
            : await jwtVerify(token, key, { algorithms }));
      } catch (error) {
        if (error instanceof errors.JWTExpired) throw new Unauthenticated('the token has expired');
        throw new Unauthenticated('the token is not valid');
      }
      const role = payload['role'];
      if (!isDbRole(role) || !TOKEN_ROLES.includes(role)) {
        throw new Unauthenticated(`the token's role ${JSON.stringify(role)} is not one of ${TOKEN_ROLES.join(', ')}`);
      }
      if (role !== 'anon' && typeof payload.sub !== 'string')
        throw new Unauthenticated('the token has no subject (sub)');
      return { ...payload, role } as Claims;
    },
  };
}
