import { localSecret } from '../platform/auth/secret.js';
import type { Config } from '../platform/config.js';

/**
 * Without WHATSAPP_APP_SECRET (the embedded default) webhooks are still signed: the server keeps
 * a secret of its own in the data folder, which the simulator and `npm run chat` sign with.
 * Unsigned posts are never accepted.
 */
export const localWhatsappSecret = (dataDir: string): string => localSecret(dataDir, 'whatsapp-app-secret');

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
