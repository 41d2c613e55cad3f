import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createApp } from './app.js';
import { printDemoBanner, startDemo } from './demo/start.js';
import { createTokenVerifier } from './platform/auth/jwt.js';
import { jwtKeysOf } from './platform/auth/keys.js';
import { ConfigError, loadConfig, UNNAMED_CLINIC, type Config } from './platform/config.js';
import { migrate } from './platform/db/migrate.js';
import { assertSafeLoginRole, openDatabase } from './platform/db/open.js';
import { createLogger } from './platform/logger.js';
import { createWhatsappBot } from './whatsapp/bot.js';
import { startChatSweeper } from './whatsapp/sweeper.js';

function fail(message: string): never {
  // One clear line, no stack trace: this is a person's configuration, not a bug.
  process.stderr.write(`psybook: ${message}\n`);
  process.exit(1);
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
    if (report.adopted.length) logger.info({ adopted: report.adopted }, 'migrations adopted from an earlier layout');
    await assertSafeLoginRole(db);
  } catch (error) {
    await db.close();
    fail((error as Error).message);
  }
  const host = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  const base = config.PUBLIC_URL?.replace(/\/$/, '') ?? `http://${host}:${config.PORT}`;
  if (config.DEMO) config = await startDemo(config, db, { base, logger });
  else logger.info('demo off: no demo data, example site or WhatsApp simulator');
  if (!config.DEMO && config.CLINIC_NAME === UNNAMED_CLINIC) {
    logger.warn('CLINIC_NAME is not set: patients see the clinic named "Psybook"');
  }

  const keys = jwtKeysOf(config);
  const deps = { config, db, logger, verifier: createTokenVerifier(keys), now: () => new Date() };
  // Everything that runs in the background starts here and stops on shutdown.
  const whatsapp = createWhatsappBot(deps);
  const background = [startChatSweeper(deps)];
  const server = createServer(createApp(deps, { whatsapp }));
  // Slow clients must not hold sockets forever; keep-alive longer than a typical proxy's.
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;
  server.keepAliveTimeout = 65_000;
  server.listen(config.PORT, config.HOST, async () => {
    logger.info({ url: base, database: db.engine, demo: config.DEMO }, 'listening');
    if (config.DEMO) await printDemoBanner(config, db, { base, keys });
    else process.stdout.write(`Psybook is running at ${base}  (database: ${db.engine})\n`);
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    for (const stop of background) stop();
    // Stop taking connections, let requests in flight finish, then close the database.
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    server.close(async () => {
      await whatsapp.dispatcher.idle();
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
