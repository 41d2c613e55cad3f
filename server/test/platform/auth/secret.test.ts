import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localJwtSecret, localSecret } from '../../../src/platform/auth/secret.js';

describe('local secrets in the data folder', () => {
  const dirs: string[] = [];
  const fresh = () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'psybook-secret-')), 'data');
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(join(dir, '..'), { recursive: true, force: true })));

  it('makes a secret once, readable only by its owner, and returns the same one after', () => {
    const dir = fresh();
    const first = localJwtSecret(dir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(localJwtSecret(dir)).toBe(first);
    expect(statSync(join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
  });

  it('keeps one file per purpose', () => {
    const dir = fresh();
    expect(localSecret(dir, 'whatsapp-app-secret')).not.toBe(localJwtSecret(dir));
  });
});
