import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteDeps } from '../../src/deps.js';
import { seedDemoExperiment } from '../../src/demo/experiment.js';
import { errorHandler, notFoundHandler } from '../../src/platform/http/errors.js';
import { createLogger } from '../../src/platform/logger.js';
import { adminConsoleRoutes } from '../../src/web/console.js';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';

const ADMIN_SUB = '00000000-0000-4000-8000-000000000001';

/** The console router alone over a folder of our own, so the test does not need a build. */
async function serveConsole(app: TestApp, distDir: string) {
  const logger = createLogger('silent');
  const deps = { config: app.config, db: app.db, logger, now: () => new Date() } as unknown as RouteDeps;
  const mini = express()
    .use((req, _res, next) => {
      req.log = logger;
      next();
    })
    .use(adminConsoleRoutes(deps, distDir))
    .use(notFoundHandler, errorHandler);
  const server: Server = createServer(mini);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => server.close(r)),
  };
}

describe.each(ENGINES)('the clinic console routes on %s', (engine) => {
  let app: TestApp;
  let dist: string;
  beforeAll(async () => {
    app = await startTestApp(engine);
    dist = mkdtempSync(join(tmpdir(), 'psybook-console-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>console</title><script type="module" src="/admin/assets/app-1.js"></script>',
    );
    writeFileSync(join(dist, 'assets', 'app-1.js'), 'export {};');
  });
  afterAll(async () => {
    rmSync(dist, { recursive: true, force: true });
    await app.close();
  });

  it('serves the page and its hashed assets under a CSP without inline script or style', async () => {
    const server = await serveConsole(app, dist);
    try {
      const page = await fetch(`${server.url}/admin/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>console</title>');
      const csp = page.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      const asset = await fetch(`${server.url}/admin/assets/app-1.js`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect((await fetch(`${server.url}/admin/assets/missing.js`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('says how to build the console when it is not built', async () => {
    const server = await serveConsole(app, join(dist, 'not-there'));
    try {
      const res = await fetch(`${server.url}/admin/`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ code: 'console_not_built' });
    } finally {
      await server.close();
    }
  });

  it('tells an admin whether a report range holds demo data, and nobody else', async () => {
    const url = (from: string, to: string) => `${app.url}/v1/admin/reports/demo-data?from=${from}&to=${to}`;
    const admin = { headers: { authorization: `Bearer ${await app.token('admin', ADMIN_SUB)}` } };
    const today = new Date().toISOString().slice(0, 10);
    expect(await (await fetch(url('2026-01-01', today), admin)).json()).toEqual({ demo: false });
    await app.db.owner.query(
      `INSERT INTO psychologists (first_name, last_name, email) VALUES ('Demo', 'Doc', 'demo-doc@example.com')`,
    );
    await seedDemoExperiment(app.db.owner, { days: 3 });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(await (await fetch(url(yesterday, today), admin)).json()).toEqual({ demo: true });
    expect(await (await fetch(url('2020-01-01', '2020-01-31'), admin)).json()).toEqual({ demo: false });
    expect((await fetch(url(yesterday, today))).status).toBe(401);
    const patient = { headers: { authorization: `Bearer ${await app.token('authenticated', ADMIN_SUB)}` } };
    expect((await fetch(url(yesterday, today), patient)).status).toBe(403);
    expect((await fetch(`${app.url}/v1/admin/reports/demo-data?from=yesterday&to=${today}`, admin)).status).toBe(400);
  });
});
