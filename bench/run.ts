// `npm run bench`: the booking API under load on PGlite and Postgres, JSON on stdout.
//   BENCH_DURATION=5 (seconds per run) · DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test;
//   a scratch database is created and dropped) · BENCH_ENGINES=pglite,postgres
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { createApp } from '../server/src/app.js';
import { createTokenVerifier } from '../server/src/platform/auth/jwt.js';
import { signToken } from '../server/src/platform/auth/sign.js';
import { configSchema } from '../server/src/platform/config.js';
import { migrate } from '../server/src/platform/db/migrate.js';
import { createPgliteDatabase } from '../server/src/platform/db/pglite.js';
import type { Database } from '../server/src/platform/db/types.js';
import { createLogger } from '../server/src/platform/logger.js';
import { localDateOf } from '../server/src/booking/clinic-time.js';
import { BENCH_APPOINTMENTS, seedBenchClinic } from './clinic.js';
import type { BenchContext, BenchScenario } from './context.js';
import { coreScenarios } from './core.js';
import { openScratchPostgres } from '@psybook/testkit/scratch-database';

const SECRET = 'bench-secret-that-is-at-least-32-characters';
const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/test';
const durationSeconds = Number(process.env['BENCH_DURATION'] ?? 5);
const engines = (process.env['BENCH_ENGINES'] ?? 'pglite,postgres').split(',') as BenchContext['engine'][];

const config = configSchema.parse({
  NODE_ENV: 'production',
  JWT_SECRET: SECRET,
  LOG_LEVEL: 'silent',
  // The load comes from one address; the limiter still runs (its cost is measured), never trips.
  RATE_LIMIT_PER_MINUTE: '100000',
  BOOKING_HORIZON_DAYS: '365',
});

async function extraScenarios(): Promise<[string, BenchScenario][]> {
  const dir = new URL('./scenarios/', import.meta.url);
  let files: string[] = [];
  try {
    files = readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .sort();
  } catch {
    return [];
  }
  const modules = await Promise.all(
    files.map(async (file) => [file.replace(/\.ts$/, ''), (await import(new URL(file, dir).href)).default] as const),
  );
  return modules.filter((entry): entry is [string, BenchScenario] => typeof entry[1] === 'function');
}

async function runEngine(engine: BenchContext['engine'], open: () => Promise<Database>) {
  const db = await open();
  try {
    await migrate(db.owner);
    const psychologistIds = await seedBenchClinic(db.owner, localDateOf(new Date(), config.CLINIC_TIMEZONE));
    const app = createApp({
      config,
      db,
      logger: createLogger('silent'),
      verifier: createTokenVerifier({ secret: SECRET }),
    });
    const server = createServer(app);
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const ctx: BenchContext = {
      engine,
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      db,
      config,
      durationSeconds,
      psychologistIds,
      token: (role, sub) => signToken(SECRET, { role, ...(sub ? { sub } : {}) }),
    };
    try {
      const result: Record<string, unknown> = await coreScenarios(ctx);
      for (const [name, scenario] of await extraScenarios()) {
        try {
          result[name] = await scenario(ctx);
        } catch (error) {
          result[name] = { error: (error as Error).message };
        }
      }
      return result;
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  } finally {
    // On Postgres this also drops the scratch database.
    await db.close();
  }
}

const report: Record<string, unknown> = {
  node: process.version,
  cpus: availableParallelism(),
  durationSecondsPerRun: durationSeconds,
  clinic: { psychologists: 5, existingAppointments: BENCH_APPOINTMENTS, hours: 'Mon–Sat 08:00–20:00, hourly' },
  note: 'autocannon runs in the same process as the app; compare ratios within one run',
};
for (const engine of engines) {
  process.stderr.write(`bench: ${engine}…\n`);
  try {
    report[engine] =
      engine === 'pglite'
        ? await runEngine(engine, () => createPgliteDatabase())
        : await runEngine(engine, () =>
            openScratchPostgres(process.env['DATABASE_URL'] ?? DEFAULT_BENCH_URL, {
              name: `psybook_bench_${process.pid}`,
              poolSize: 20,
            }),
          );
  } catch (error) {
    report[engine] = { skipped: (error as Error).message };
  }
}
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
