import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ENGINES, type Engine } from '@psybook/testkit/engines';
import { createScratchDatabase } from '@psybook/testkit/scratch-database';
import { openDatabase } from '../../src/platform/db/open.js';
import { loadConfig } from '../../src/platform/config.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const START_TIMEOUT_MS = 150_000;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

interface Started {
  url: string;
  stdout: () => string;
  stop(): Promise<void>;
}

/** `node server/src/main.ts` as a deployment runs it, until it says it listens. */
async function startServer(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  // Only what the test names: not the DATABASE_URL or DEMO this test run itself has.
  const { DATABASE_URL: _url, DEMO: _demo, NODE_ENV: _mode, ...inherited } = process.env;
  const childEnv: NodeJS.ProcessEnv = {
    ...inherited,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    ...env,
  };
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'server/src/main.ts'],
    {
      cwd: REPO,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  onTestFinished(() => void child.kill('SIGKILL'));
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (/Psybook (demo )?is running at/.test(out)) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`the server exited with ${code}: ${out}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stdout: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function countDemoRows(env: Record<string, string>) {
  const db = await openDatabase(loadConfig({ ...env, NODE_ENV: 'production' }));
  try {
    const { rows } = await db.owner.query<{
      psychologists: number;
      metrics: number;
      appointments: number;
      users: number;
    }>(
      `SELECT (SELECT count(*) FROM psychologists)::int AS psychologists, (SELECT count(*) FROM metrics)::int AS metrics,
              (SELECT count(*) FROM appointments)::int AS appointments, (SELECT count(*) FROM users)::int AS users`,
    );
    return rows[0];
  } finally {
    await db.close();
  }
}

/** A fresh, empty database of the engine's kind, as the environment a deployment would set. */
async function emptyDatabaseEnv(engine: Engine): Promise<Record<string, string>> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'psybook-prod-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    return { DATA_DIR: dir, NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-chars' };
  }
  const scratch = await createScratchDatabase(process.env['DATABASE_URL']!, {
    name: `psybook_prod_${randomBytes(5).toString('hex')}`,
  });
  onTestFinished(() => scratch.drop());
  return { DATABASE_URL: scratch.url, JWT_SECRET: 'a-production-secret-of-at-least-32-chars' };
}

describe.each(ENGINES)('a production start on an empty %s database', (engine) => {
  it(
    'creates the schema and nothing else: no demo data, no demo site, no simulator, no token printed',
    async () => {
      const env = await emptyDatabaseEnv(engine);
      const server = await startServer({ ...env, CLINIC_NAME: 'Clínica Real' });
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      expect((await fetch(`${server.url}/`)).status).toBe(404);
      expect((await fetch(`${server.url}/chat`)).status).toBe(404);
      expect((await fetch(`${server.url}/chat/api/outbox?waId=34611000001`)).status).toBe(404);
      const config = (await (await fetch(`${server.url}/v1/config`)).json()) as {
        clinicName: string;
        chatUrl?: string;
      };
      expect(config.clinicName).toBe('Clínica Real');
      expect(config.chatUrl).toBeUndefined();
      // The public API answers from the (empty) clinic.
      expect(await (await fetch(`${server.url}/v1/psychologists`)).json()).toEqual({ data: [] });
      await server.stop();
      // A JWT starts with the base64 of '{"' — none may be printed, nor the word token.
      expect(server.stdout()).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
      expect(server.stdout()).not.toMatch(/admin token/i);
      expect(await countDemoRows(env)).toEqual({ psychologists: 0, metrics: 0, appointments: 0, users: 0 });
    },
    START_TIMEOUT_MS,
  );

  it(
    'is the demo when DEMO=1 says so: seeded, with the example site and a short-lived token',
    async () => {
      const env = await emptyDatabaseEnv(engine);
      const server = await startServer({ ...env, DEMO: '1' });
      expect((await fetch(`${server.url}/`)).status).toBe(200);
      expect((await fetch(`${server.url}/chat/`)).status).toBe(200);
      const config = (await (await fetch(`${server.url}/v1/config`)).json()) as { clinicName: string };
      expect(config.clinicName).toBe('Serena Psychology');
      await server.stop();
      expect(server.stdout()).toMatch(/Admin token \(2 h\)/);
      const counts = await countDemoRows(env);
      expect(counts?.psychologists).toBeGreaterThan(0);
      expect(counts?.metrics).toBeGreaterThan(0);
    },
    START_TIMEOUT_MS,
  );
});
