const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * `length` characters of URL-safe randomness (6 bits each) from `crypto.getRandomValues`,
 * which browsers offer on plain http pages too (unlike `randomUUID`).
 */
export function randomId(length: number): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte & 63];
  return out;
}

/** A new id for one visit (the metrics' `sessionId`): 22 characters, 132 random bits. */
export const newSessionId = (): string => randomId(22);

/** A new id for one visitor, kept (e.g. in localStorage) so `assignVariant` stays sticky. */
export const newVisitorId = (): string => randomId(22);

/** A new `Idempotency-Key` for one booking attempt and its retries. */
export const newIdempotencyKey = (): string => randomId(32);
