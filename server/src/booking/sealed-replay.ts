import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * A stored answer, sealed with a key only the caller holds: AES-256-GCM under a key derived
 * (HKDF-SHA256) from the caller's Idempotency-Key and client. The table then keeps neither the
 * manage token nor the patient's appointment readable, and only a retry with the same key from
 * the same client can open it — whoever reads the database, or guesses a body, cannot.
 */
export interface Sealed {
  sealed: string;
}

const keyOf = (secret: string, client: string) =>
  Buffer.from(hkdfSync('sha256', secret, client, 'psybook idempotent replay v1', 32));

export function seal(value: unknown, secret: string, client: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret, client), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return { sealed: Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url') };
}

/** The sealed value, or `undefined` when this key and client cannot open it. */
export function unseal(stored: unknown, secret: string, client: string): unknown {
  const text = (stored as Partial<Sealed> | null)?.sealed;
  if (typeof text !== 'string') return undefined;
  const raw = Buffer.from(text, 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret, client), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
  } catch {
    return undefined;
  }
}
