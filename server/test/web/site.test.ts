import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler, notFoundHandler } from '../../src/platform/http/errors.js';
import { SITE_CSP, demoSiteRoutes } from '../../src/demo/site.js';
import { widgetScriptRoutes } from '../../src/web/widget-script.js';

interface SitePaths {
  siteDir: string;
  widgetDir: string;
}

/** The site router alone over folders of our own, so no widget build is needed. */
async function serve(paths: SitePaths): Promise<{ url: string; server: Server }> {
  const app = express();
  app.use((req, _res, next) => {
    // errorHandler logs through pino-http's req.log; a silent stand-in here.
    (req as unknown as { log: unknown }).log = { error() {}, warn() {}, info() {} };
    next();
  });
  app.use(widgetScriptRoutes(paths.widgetDir), demoSiteRoutes(paths.siteDir), notFoundHandler, errorHandler);
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('the example site and the widget script', () => {
  const dir = mkdtempSync(join(tmpdir(), 'psybook-site-'));
  const paths = { siteDir: join(dir, 'site/'), widgetDir: join(dir, 'widget/') };
  let built: { url: string; server: Server };
  let unbuilt: { url: string; server: Server };

  beforeAll(async () => {
    mkdirSync(paths.siteDir);
    mkdirSync(paths.widgetDir);
    writeFileSync(join(paths.siteDir, 'index.html'), '<!doctype html><title>Clinic</title>');
    writeFileSync(join(paths.siteDir, 'styles.css'), 'body{}');
    writeFileSync(join(paths.widgetDir, 'psybook.js'), 'customElements.define("x-y", class extends HTMLElement {})');
    writeFileSync(join(paths.widgetDir, 'psybook.0123456789.js'), 'hashed');
    built = await serve(paths);
    unbuilt = await serve({ siteDir: paths.siteDir, widgetDir: join(dir, 'nothing/') });
  });
  afterAll(() => {
    built.server.close();
    unbuilt.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the site at / under the strict CSP, revalidated on every visit', async () => {
    const res = await fetch(`${built.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Clinic</title>');
    expect(res.headers.get('content-security-policy')).toBe(SITE_CSP);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const css = await fetch(`${built.url}/styles.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('serves /psybook.js as JavaScript other origins may load, cached briefly', async () => {
    const res = await fetch(`${built.url}/psybook.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(await res.text()).toContain('customElements.define');
  });

  it('caches content-hashed widget files for a year, and only those', async () => {
    const hashed = await fetch(`${built.url}/widget/psybook.0123456789.js`);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const plain = await fetch(`${built.url}/widget/psybook.js`);
    expect(plain.headers.get('cache-control')).toMatch(/^public, max-age=300/);
  });

  it('answers a missing file or a path out of the folder with problem+json 404', async () => {
    for (const path of ['/widget/nope.js', '/widget/%2e%2e/site/index.html', '/nope.html']) {
      const res = await fetch(`${built.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/application\/problem\+json/);
    }
  });

  it('says how to fix it when the widget is not built', async () => {
    const res = await fetch(`${unbuilt.url}/psybook.js`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      code: 'widget_not_built',
      detail: expect.stringContaining('npm run build'),
    });
  });
});
