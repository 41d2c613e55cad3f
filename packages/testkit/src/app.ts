import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createApp } from '../../../server/src/app.js';
import { createTokenVerifier } from '../../../server/src/platform/auth/jwt.js';
import { signToken } from '../../../server/src/platform/auth/sign.js';
import { configSchema, type Config } from '../../../server/src/platform/config.js';
import type { Database, DbRole } from '../../../server/src/platform/db/types.js';
import { createLogger } from '../../../server/src/platform/logger.js';
import { openTestDatabase, type Engine } from './engines.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-at-least-32-characters-long';

export interface TestApp {
  /** Base URL of the real HTTP server on an ephemeral port, e.g. http://127.0.0.1:41234 */
  url: string;
  db: Database;
  config: Config;
  server: Server;
  /** Every log line the app wrote, parsed; tests assert what must never be logged. */
  logs: Record<string, unknown>[];
  /** A bearer token signed with the app's secret. */
  token(role: DbRole, sub?: string, extra?: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Environment-style overrides, validated like the real environment. */
  env?: Record<string, string>;
  /** Pins the clock. */
  now?: () => Date;
  /** Reuse a database (e.g. two app processes over one database); closed by the caller. */
  db?: Database;
}

/** The real app over a migrated database of its own, listening on 127.0.0.1:0. */
export async function startTestApp(engine: Engine, options: TestAppOptions = {}): Promise<TestApp> {
  const config = configSchema.parse({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '10000',
    // Many suites book several times with one phone; the per-phone cap has tests of its own.
    MAX_UPCOMING_PER_PHONE: '1000',
    ...options.env,
  });
  const db = options.db ?? (await openTestDatabase(engine));
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const app = createApp({
    config,
    db,
    logger: createLogger(config.LOG_LEVEL, sink),
    verifier: createTokenVerifier({ secret: TEST_JWT_SECRET }),
    ...(options.now ? { now: options.now } : {}),
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    config,
    server,
    logs,
    token: (role, sub, extra) =>
      signToken(TEST_JWT_SECRET, { role, ...(sub ? { sub } : {}), ...(extra ? { extra } : {}) }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.db) await db.close();
    },
  };
}
