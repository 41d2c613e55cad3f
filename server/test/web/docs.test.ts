import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { launchChromium } from '@psybook/testkit/browser';

describe('API reference', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite');
  });
  afterAll(async () => app.close());

  it('serves an OpenAPI 3.1 document generated from the contract, covering every booking endpoint', async () => {
    const doc = (await (await fetch(`${app.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`),
    );
    for (const expected of [
      'GET /v1/config',
      'GET /v1/psychologists',
      'GET /v1/psychologists/{id}/slots',
      'POST /v1/bookings',
      'GET /v1/bookings/{token}',
      'POST /v1/bookings/{token}/cancel',
      'POST /v1/bookings/{token}/reschedule',
      'GET /v1/me/appointments',
      'PATCH /v1/appointments/{id}',
      'GET /v1/admin/psychologists',
      'POST /v1/admin/psychologists',
      'PATCH /v1/admin/psychologists/{id}',
      'DELETE /v1/admin/psychologists/{id}',
      'GET /v1/admin/psychologists/{id}/availability',
      'POST /v1/admin/psychologists/{id}/availability',
      'PATCH /v1/admin/psychologists/{id}/availability/{windowId}',
      'GET /v1/admin/appointments',
      'POST /v1/metrics',
      'GET /v1/admin/reports/ab',
      'GET /v1/whatsapp/webhook',
      'POST /v1/whatsapp/webhook',
    ]) {
      expect(operations).toContain(expected);
    }
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
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).toContain('<script src="/docs/docs.js"');
    expect(html).not.toMatch(/https?:\/\//);
    const script = await fetch(`${app.url}/docs/docs.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toContain("fetch('/openapi.json')");
  });

  it('renders every operation in Chromium with no console errors under the CSP', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico'))
          problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(String(error)));
      await page.goto(`${app.url}/docs`, { waitUntil: 'networkidle' });
      const operations = await page.$$eval('section.op h3', (headings) => headings.map((h) => h.textContent ?? ''));
      expect(operations.length).toBeGreaterThanOrEqual(17);
      expect(operations.some((text) => text.includes('POST') && text.includes('/v1/bookings'))).toBe(true);
      const bookingBody = await page.$eval('#post-v1-bookings', (section) => section.textContent ?? '');
      expect(bookingBody).toContain('psychologistId');
      expect(bookingBody).toContain('slot_taken');
      expect(problems.filter((text) => !text.includes('404'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
