import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';

/**
 * Without WHATSAPP_APP_SECRET (the embedded default) webhooks are still signed: the server keeps
 * a secret of its own in the data folder (mode 0600), which the simulator and `npm run chat`
 * sign with. Unsigned posts are never accepted.
 */
export function localWhatsappSecret(dataDir: string): string {
  const path = join(dataDir, 'whatsapp-app-secret');
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(path, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process wrote it first: read theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return readFileSync(path, 'utf8').trim();
  }
}

/** The secret webhooks are checked with: Meta's app secret, or the local one. */
export function appSecretOf(config: Pick<Config, 'WHATSAPP_APP_SECRET' | 'DATA_DIR'>): string {
  return config.WHATSAPP_APP_SECRET ?? localWhatsappSecret(config.DATA_DIR);
}

/** Real Cloud API credentials present: replies go to Meta, and the simulator is off. */
export function hasCloudCredentials(
  config: Pick<Config, 'WHATSAPP_ACCESS_TOKEN' | 'WHATSAPP_PHONE_NUMBER_ID'>,
): boolean {
  return Boolean(config.WHATSAPP_ACCESS_TOKEN && config.WHATSAPP_PHONE_NUMBER_ID);
}
