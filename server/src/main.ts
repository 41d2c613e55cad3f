import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createApp } from './app.js';
import { createTokenVerifier } from './platform/auth/jwt.js';
import { localJwtSecret } from './platform/auth/secret.js';
import { signToken } from './platform/auth/sign.js';
import { ConfigError, loadConfig, type Config } from './platform/config.js';
import { seedDemoIfEmpty } from './demo/seed.js';
import { migrate } from './platform/db/migrate.js';
import { assertSafeLoginRole, openDatabase } from './platform/db/open.js';
import { createLogger } from './platform/logger.js';
import { hasCloudCredentials } from './whatsapp/local-secret.js';

function fail(message: string): never {
  // One clear line, no stack trace: this is a person's configuration, not a bug.
  process.stderr.write(`psybook: ${message}\n`);
  process.exit(1);
}

export function jwtSecretOf(config: Config): { secret: string } | { jwksUrl: string } {
  if (config.JWKS_URL) return { jwksUrl: config.JWKS_URL };
  return { secret: config.JWT_SECRET ?? localJwtSecret(config.DATA_DIR) };
}

async function main() {
  // A local .env is a convenience for people; real deployments set the environment.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config, {
    onIdleError: (error) => logger.warn({ err: error }, 'an idle database connection was dropped; it will be replaced'),
  }).catch((error: Error) => fail(`cannot open the database: ${error.message}`));
  try {
    const report = await migrate(db.owner);
    if (report.applied.length) logger.info({ applied: report.applied }, 'migrations applied');
    await assertSafeLoginRole(db);
    if (await seedDemoIfEmpty(db.owner)) logger.info('demo clinic seeded');
  } catch (error) {
    await db.close();
    fail((error as Error).message);
  }
  const host = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  const base = config.PUBLIC_URL?.replace(/\/$/, '') ?? `http://${host}:${config.PORT}`;
  const simulator = !hasCloudCredentials(config);
  // Without Meta credentials the demo's click-to-chat button opens the local simulator.
  if (simulator && !config.WHATSAPP_CHAT_URL) config = { ...config, WHATSAPP_CHAT_URL: `${base}/chat` };
  const keys = jwtSecretOf(config);
  const app = createApp({ config, db, logger, verifier: createTokenVerifier(keys) });
  const server = createServer(app);
  // Slow clients must not hold sockets forever; keep-alive longer than a typical proxy's.
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;
  server.keepAliveTimeout = 65_000;
  server.listen(config.PORT, config.HOST, async () => {
    logger.info({ url: base, database: db.engine }, 'listening');
    const lines = [
      `Psybook is running at ${base}  (database: ${db.engine === 'pglite' ? `PGlite in ${config.DATA_DIR}` : 'Postgres'})`,
      `  Clinic site with the widget:  ${base}/`,
      `  Clinic console (A/B report):  ${base}/admin`,
      `  API reference:                ${base}/docs  (OpenAPI: ${base}/openapi.json)`,
      ...(simulator ? [`  WhatsApp simulator:           ${base}/chat  (or: npm run chat)`] : []),
      `  Health:                       ${base}/readyz`,
    ];
    if ('secret' in keys) {
      const token = await signToken(keys.secret, {
        role: 'admin',
        sub: '00000000-0000-4000-8000-000000000001',
        expiresIn: 12 * 3600,
      });
      lines.push(`  Admin token (12 h), paste it into ${base}/admin:`, `  ${token}`);
    }
    process.stdout.write(lines.join('\n') + '\n');
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    // Stop taking connections, let requests in flight finish, then close the database.
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    server.close(async () => {
      await db.close();
      clearTimeout(force);
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

await main();
