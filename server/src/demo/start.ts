import type { Logger } from 'pino';
import { signToken } from '../platform/auth/sign.js';
import type { Config } from '../platform/config.js';
import type { Database } from '../platform/db/types.js';
import { hasCloudCredentials } from '../whatsapp/local-secret.js';
import { seedDemoIfEmpty } from './seed.js';

/** The demo's admin token is for trying the console now, not for keeping. @unit seconds */
export const DEMO_TOKEN_SECONDS = 2 * 3600;

/** Seeds the demo clinic into an empty database; points click-to-chat at the simulator. */
export async function startDemo(
  config: Config,
  db: Database,
  { base, logger }: { base: string; logger: Logger },
): Promise<Config> {
  if (await seedDemoIfEmpty(db.owner)) logger.info('demo clinic seeded');
  // Without Meta credentials the demo's click-to-chat button opens the local simulator.
  if (!hasCloudCredentials(config) && !config.WHATSAPP_CHAT_URL)
    return { ...config, WHATSAPP_CHAT_URL: `${base}/chat` };
  return config;
}

/** What `npm start` prints for a person trying the demo: where everything is, and a token. */
export async function printDemoBanner(
  config: Config,
  db: Database,
  { base, keys }: { base: string; keys: { secret: string } | { jwksUrl: string } },
): Promise<void> {
  const lines = [
    `Psybook demo is running at ${base}  (database: ${db.engine === 'pglite' ? `PGlite in ${config.DATA_DIR}` : 'Postgres'})`,
    `  Clinic site with the widget:  ${base}/`,
    `  Clinic console (A/B report):  ${base}/admin`,
    `  API reference:                ${base}/docs  (OpenAPI: ${base}/openapi.json)`,
    ...(hasCloudCredentials(config) ? [] : [`  WhatsApp simulator:           ${base}/chat  (or: npm run chat)`]),
    `  Health:                       ${base}/readyz`,
  ];
  if ('secret' in keys) {
    // Short-lived and printed only in the demo; a real clinic signs staff in (npm run token otherwise).
    const token = await signToken(keys.secret, {
      role: 'admin',
      sub: '00000000-0000-4000-8000-000000000001',
      expiresIn: DEMO_TOKEN_SECONDS,
    });
    lines.push(`  Admin token (2 h), paste it into ${base}/admin:`, `  ${token}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}
