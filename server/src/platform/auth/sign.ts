import { SignJWT } from 'jose';
import type { DbRole } from '../db/types.js';

export interface SignOptions {
  role: DbRole;
  sub?: string;
  /** Lifetime in seconds. @default 3600 */
  expiresIn?: number;
  extra?: Record<string, unknown>;
}

/** Signs an HS256 token as Supabase would issue it (role and sub claims). Local use and tests. */
export async function signToken(secret: string, options: SignOptions): Promise<string> {
  const jwt = new SignJWT({ ...options.extra, role: options.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (options.expiresIn ?? 3600));
  if (options.sub) jwt.setSubject(options.sub);
  return jwt.sign(new TextEncoder().encode(secret));
}
