import type { RequestHandler, Response } from 'express';
import type { TokenVerifier } from '../auth/jwt.js';
import type { Claims } from '../db/types.js';
import { Forbidden, Unauthenticated } from '../errors.js';

const ANON: Claims = { role: 'anon' };

/** Puts the caller's claims on `res.locals.claims`: anonymous without a token, 401 for a bad one. */
export function authenticate(verifier: TokenVerifier): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization;
    if (!header) {
      res.locals['claims'] = ANON;
      return next();
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new Unauthenticated('the Authorization header must be "Bearer <token>"');
    res.locals['claims'] = await verifier.verify(match[1]!);
    next();
  };
}

export function claimsOf(res: Response): Claims {
  return (res.locals['claims'] as Claims | undefined) ?? ANON;
}

/** Refuses callers whose role is not listed (the policies still decide which rows they get). */
export function requireRole(res: Response, ...roles: Claims['role'][]): Claims {
  const claims = claimsOf(res);
  if (claims.role === 'anon' && !roles.includes('anon')) throw new Unauthenticated('sign in to use this endpoint');
  if (!roles.includes(claims.role)) throw new Forbidden(`this endpoint is for ${roles.join(' or ')}`);
  return claims;
}
