import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeNonAscii, verifySignature } from '../../src/whatsapp/signature.js';

const SECRET = 'app-secret';
const hmac = (body: string | Buffer) => `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;

// Accents, ñ, an emoji (a surrogate pair in UTF-16) and "/" (which PHP-style encoders escape).
const BODY = '{"text":{"body":"Mañana a las 5 😊 ¿sí? Dr/a. José"},"url":"https:\\/\\/x"}';

describe('webhook signature', () => {
  it('accepts a signature over the raw UTF-8 bytes', () => {
    const raw = Buffer.from(BODY, 'utf8');
    expect(verifySignature(raw, hmac(raw), SECRET)).toBe(true);
  });

  it("accepts Meta's signature over the \\uXXXX-escaped payload when the body arrives as raw UTF-8", () => {
    const escaped = escapeNonAscii(BODY);
    expect(escaped).toContain('Ma\\u00f1ana');
    expect(escaped).toContain('\\ud83d\\ude0a');
    expect(escaped).not.toMatch(/[^ -~\t\n\r]/);
    expect(verifySignature(Buffer.from(BODY, 'utf8'), hmac(escaped), SECRET)).toBe(true);
  });

  it('accepts an uppercase hex digest', () => {
    const raw = Buffer.from(BODY);
    expect(
      verifySignature(
        raw,
        hmac(raw)
          .replace(/[a-f]/g, (c) => c.toUpperCase())
          .replace('SHA256', 'sha256'),
        SECRET,
      ),
    ).toBe(true);
  });

  it('refuses a signature of re-serialised JSON, a wrong secret, a changed body and malformed headers', () => {
    const raw = Buffer.from(BODY);
    expect(verifySignature(raw, hmac(JSON.stringify(JSON.parse(BODY))), SECRET)).toBe(false);
    expect(verifySignature(raw, `sha256=${createHmac('sha256', 'other').update(raw).digest('hex')}`, SECRET)).toBe(
      false,
    );
    expect(verifySignature(Buffer.from(BODY.replace('José', 'Jose')), hmac(raw), SECRET)).toBe(false);
    for (const header of [undefined, '', 'sha256=', 'sha1=abc', hmac(raw).slice(0, -2), `md5=${hmac(raw).slice(7)}`]) {
      expect(verifySignature(raw, header, SECRET)).toBe(false);
    }
  });

  it('escapes nothing in an all-ASCII body', () => {
    expect(escapeNonAscii('{"a":"b\\/c"}')).toBe('{"a":"b\\/c"}');
  });
});
