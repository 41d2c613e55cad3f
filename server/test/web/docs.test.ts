import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, PROBLEM_CODES, ROUTES, routes } from '@psybook/client-sdk/schema';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { collectErrors, launchChromium } from '@psybook/testkit/browser';

/** What the server serves besides the API: pages and their files, documented by being pages. */
const PAGES = [
  'GET /openapi.json',
  'GET /docs',
  'GET /docs/rapidoc-min.js',
  'GET /psybook.js',
  'GET /admin',
  'GET /admin/',
];

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every `METHOD /path` the Express app registers, read from its router (routers are mounted without a prefix). */
function registeredRoutes(server: Server): string[] {
  const app = server.listeners('request')[0] as unknown as { router: { stack: Layer[] } };
  const walk = (stack: Layer[]): string[] =>
    stack.flatMap((layer) => {
      if (layer.route) {
        const paths = [layer.route.path].flat();
        const methods = Object.keys(layer.route.methods).filter((m) => m !== '_all');
        return paths.flatMap((path) => methods.map((method) => `${method.toUpperCase()} ${path}`));
      }
      return layer.handle?.stack ? walk(layer.handle.stack) : [];
    });
  return walk(app.router.stack);
}

interface Operation {
  operationId?: string;
  summary?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { description: string }>;
}

describe('API reference', () => {
  let app: TestApp;
  let doc: {
    openapi: string;
    servers: { url: string }[];
    info: { license?: { name: string } };
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
  };
  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
    );

  beforeAll(async () => {
    // Without the demo: what a production server registers.
    app = await startTestApp('pglite', { env: { DEMO: '0' } });
    doc = (await (await fetch(`${app.url}/openapi.json`)).json()) as typeof doc;
  });
  afterAll(async () => app.close());

  it('documents every route the server registers, and only those, from the route table', () => {
    expect(doc.openapi).toBe('3.1.0');
    const registered = registeredRoutes(app.server).filter((route) => !PAGES.includes(route));
    const fromTable = ROUTES.map((route) => `${route.method} ${route.path}`);
    const documented = operations().map(({ key }) => key.replace(/\{(\w+)\}/g, ':$1'));
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual([...fromTable].sort());
    expect([...documented].sort()).toEqual([...fromTable].sort());
    for (const expected of ['POST /v1/metrics', 'GET /v1/admin/reports/ab', 'GET /v1/admin/reports/demo-data']) {
      expect(fromTable).toContain(expected);
    }
    for (const expected of ['GET /v1/whatsapp/webhook', 'POST /v1/whatsapp/webhook', 'GET /healthz', 'GET /readyz']) {
      expect(fromTable).toContain(expected);
    }
  });

  it('gives every operation an id, a summary and its security, public ones an explicit empty list', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ROUTES.length);
    for (const { key, op } of operations()) {
      expect(op.summary, key).toBeTruthy();
      expect(Array.isArray(op.security), key).toBe(true);
      expect(
        Object.keys(op.responses).some((status) => status.startsWith('4')),
        key,
      ).toBe(true);
    }
    const security = (key: string) => operations().find((o) => o.key === key)!.op.security;
    expect(security('GET /v1/config')).toEqual([]);
    expect(security('GET /healthz')).toEqual([]);
    expect(security('GET /v1/admin/psychologists')).toEqual([{ bearerAuth: ['admin'] }]);
    expect(security('PATCH /v1/appointments/{id}')).toEqual([{ bearerAuth: ['authenticated', 'admin'] }]);
    expect(security('POST /v1/whatsapp/webhook')).toEqual([{ webhookSignature: [] }]);
    expect(doc.servers.length).toBeGreaterThan(0);
    expect(doc.info.license?.name).toBe('MIT');
  });

  it('shows an example request body and answer for each route, found by its operationId', () => {
    for (const route of ROUTES) {
      // Examples are keyed by operationId, so each entry's id must be its name in the table.
      expect((routes as Record<string, unknown>)[route.operationId], route.operationId).toBe(route);
    }
    const booking = doc.paths['/v1/bookings']!['post'] as unknown as {
      requestBody: { content: Record<string, { example?: unknown }> };
      responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
    };
    expect(booking.requestBody.content['application/json']!.example).toEqual(EXAMPLES.createBooking!.body);
    expect(booking.responses['201']!.content!['application/json']!.example).toEqual(EXAMPLES.createBooking!.ok);
    const slots = doc.paths['/v1/psychologists/{id}/slots']!['get'] as unknown as {
      parameters: { name: string; example?: unknown }[];
    };
    expect(slots.parameters.map((p) => [p.name, p.example])).toEqual([
      ['id', 1],
      ['from', '2026-03-09'],
      ['to', '2026-03-15'],
    ]);
  });

  it('names each problem code a route can answer, and every code has a meaning', () => {
    for (const route of ROUTES) {
      for (const codes of Object.values(route.problems ?? {})) {
        for (const code of codes) expect(PROBLEM_CODES[code], `${route.operationId}: ${code}`).toBeTruthy();
      }
    }
    const booking = operations().find((o) => o.key === 'POST /v1/bookings')!.op;
    expect(booking.responses['409']!.description).toContain('slot_taken');
    expect(booking.responses['422']!.description).toContain('outside_availability');
    expect(booking.responses['429']!.description).toContain('rate_limited');
    expect(Object.keys(doc.components.schemas.Slot!.properties!)).toEqual([
      'date',
      'startTime',
      'endTime',
      'startsAt',
      'endsAt',
    ]);
  });

  it('serves /docs from local files under the strict CSP (same-origin script, nothing external)', async () => {
    const page = await fetch(`${app.url}/docs`);
    const html = await page.text();
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(html).toContain('<script type="module" src="/docs/rapidoc-min.js"></script>');
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
    expect(html).not.toMatch(/https?:\/\//);
    const script = await fetch(`${app.url}/docs/rapidoc-min.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it('renders every operation in Chromium with no console errors, no CSP violations and no outside requests', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems = collectErrors(page);
      const outside: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(app.url)) outside.push(request.url());
      });
      // A string, so this Node-side file needs no DOM types; runs in the page before its scripts.
      await page.addInitScript({
        content: `document.addEventListener('securitypolicyviolation', (event) =>
          console.error('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI));`,
      });
      await page.goto(`${app.url}/docs`, { waitUntil: 'networkidle' });
      // Playwright's CSS selectors pierce RapiDoc's open shadow root.
      const endpoints = page.locator('div.expanded-endpoint-body');
      await expect.poll(() => endpoints.count(), { timeout: 15_000 }).toBe(ROUTES.length);
      // Text locators pierce the nested shadow roots of RapiDoc's request and response parts too.
      const booking = page.locator('[id="post-/v1/bookings"]');
      expect(await booking.getByText('psychologistId').count()).toBeGreaterThan(0);
      expect(await booking.getByText('slot_taken').count()).toBeGreaterThan(0);
      expect(outside).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
