import { createHmac, timingSafeEqual } from 'node:crypto';

const HEADER = /^sha256=([0-9a-f]{64})$/i;

/**
 * Meta signs the payload with non-ASCII characters escaped as lowercase `\uXXXX` (UTF-16 code
 * units, so an emoji becomes a surrogate pair) but may deliver it as raw UTF-8. Escaping the raw
 * text the same way gives the bytes Meta hashed; for an all-ASCII body it changes nothing.
 */
export function escapeNonAscii(text: string): string {
  return text.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `sha256=<hex>` over exactly these bytes, as Meta sends in `X-Hub-Signature-256`. */
export function signBody(body: Buffer | string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

function digestEquals(expectedHex: string, body: Buffer | string, secret: string): boolean {
  const expected = Buffer.from(expectedHex, 'hex');
  const actual = createHmac('sha256', secret).update(body).digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * True when `header` is a valid signature of the raw body bytes, or of their `\uXXXX`-escaped
 * form. Never hash re-serialised JSON: accents, emoji and `\/` would not survive the round trip.
 */
export function verifySignature(raw: Buffer, header: string | undefined, secret: string): boolean {
  const match = header ? HEADER.exec(header.trim()) : null;
  if (!match) return false;
  const hex = match[1]!.toLowerCase();
  if (digestEquals(hex, raw, secret)) return true;
  // Only a body with a byte >= 0x80 has a different escaped form.
  if (!raw.some((byte) => byte >= 0x80)) return false;
  return digestEquals(hex, escapeNonAscii(raw.toString('utf8')), secret);
}
