import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A random secret kept in the data folder (mode 0600) and made on first use, for the embedded
 * default where no secret is configured. Two processes starting at once agree: the first write
 * wins (`wx`) and the other reads it.
 */
export function localSecret(dataDir: string, fileName: string): string {
  const path = join(dataDir, fileName);
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(path, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return readFileSync(path, 'utf8').trim();
  }
}

/** Without JWT_SECRET the server signs with a local one, so `npm run token` makes tokens it accepts. */
export const localJwtSecret = (dataDir: string): string => localSecret(dataDir, 'jwt-secret');
