import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../platform/db/types.js';
import { appointmentIdOfTokenHash, insertTokenHash } from './store/manage-tokens.js';

/** 24 random bytes: 192 bits, 32 base64url characters. */
const TOKEN_BYTES = 24;

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Makes a manage token for one appointment: random, unguessable, and stored only as its
 * SHA-256, so the database alone cannot act on a booking. Run as role `service`.
 */
export async function issueManageToken(tx: Queryable, appointmentId: number): Promise<string> {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  await insertTokenHash(tx, hashOf(token), appointmentId);
  return token;
}

/** The appointment a manage token opens, or `undefined` for an unknown or revoked token. */
export function appointmentIdOfToken(tx: Queryable, token: string): Promise<number | undefined> {
  return appointmentIdOfTokenHash(tx, hashOf(token));
}
