import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '@psybook/client-sdk/schema';
import { SITE_CSP } from '../server/src/demo/site.js';
import type { TestApp } from '@psybook/testkit/app';
import { axeViolations } from './support/admin.js';
import { collectErrors, launchChromium } from '@psybook/testkit/browser';
import { focused, tabTo } from './support/keyboard.js';
import { startDemoServer } from './support/server.js';

interface Logged {
  type: string;
  detail: Record<string, unknown>;
}

/** What the example site's own analytics (site.js) heard from the widget. */
const analytics = (page: Page) =>
  page.evaluate(() => (window as unknown as { clinicAnalytics: Logged[] }).clinicAnalytics);

async function sessionOf(page: Page): Promise<string> {
  await page.waitForFunction(() =>
    (window as unknown as { clinicAnalytics?: Logged[] }).clinicAnalytics?.some((e) => e.type === 'psybook:variant'),
  );
  return (await analytics(page)).find((e) => e.type === 'psybook:variant')!.detail['sessionId'] as string;
}

/** Metric rows of one visit, waiting for the tracker's batch to arrive (it flushes every 2 s). */
async function metricsOf(app: TestApp, sessionId: string, until: string) {
  const query = () =>
    app.db.owner.query<{
      event_type: string;
      entry_method: string;
      appointment_id: number | null;
      time_taken: number | null;
      additional_data: unknown;
    }>(
      'SELECT event_type, entry_method, appointment_id, time_taken, additional_data FROM metrics WHERE session_id = $1 ORDER BY id',
      [sessionId],
    );
  for (let i = 0; i < 50; i++) {
    const { rows } = await query();
    if (rows.some((row) => row.event_type === until)) return rows;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no ${until} metric for session ${sessionId}: ${JSON.stringify((await query()).rows)}`);
}

async function appointmentRow(app: TestApp, id: number) {
  const { rows } = await app.db.owner.query<{
    entry_method: string;
    status: string;
    first_name: string;
    last_name: string;
    phone: string;
    psychologist: string;
  }>(
    `SELECT a.entry_method, a.status, u.first_name, u.last_name, u.phone, p.first_name AS psychologist
       FROM appointments a JOIN users u ON u.id = a.user_id JOIN psychologists p ON p.id = a.psychologist_id
      WHERE a.id = $1`,
    [id],
  );
  return rows[0];
}

/** Books the first free time with a psychologist by mouse; returns the chosen time's label. */
async function bookWithMouse(
  page: Page,
  psychologist: string,
  patient: { first: string; last: string; phone: string },
) {
  const widget = page.locator('psybook-widget');
  await widget.locator('button.choice', { hasText: psychologist }).click();
  await widget.locator('button.day').first().click();
  const time = widget.locator('button.time').first();
  await time.waitFor();
  const chosen = await time.textContent();
  await time.click();
  await widget.locator('#firstName').fill(patient.first);
  await widget.locator('#lastName').fill(patient.last);
  await widget.locator('#phone').fill(patient.phone);
  await widget.locator('button[type=submit]').click();
  const confirm = widget.locator('button.primary', { hasText: 'Confirm appointment' });
  // Constructable stylesheets applied (whatever the page's CSP): the brand colour is there.
  expect(await confirm.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(47, 111, 115)');
  await confirm.click();
  await widget.locator('h2', { hasText: 'Your appointment is booked' }).waitFor();
  return chosen;
}

/** The web form's funnel: the contract's events up to the booking, in order. */
const FUNNEL = EVENT_TYPES.slice(0, EVENT_TYPES.indexOf('booking_confirmed') + 1);

describe('the example clinic site with the widget, in Chromium against the real server', () => {
  let site: TestApp;
  let chatSite: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ timezoneId: 'Europe/Madrid', locale: 'en-GB' });
    contexts.push(context);
    // WhatsApp is out of reach here: answer its links locally.
    await context.route('https://wa.me/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/plain', body: 'WhatsApp' }),
    );
    return context.newPage();
  }

  beforeAll(async () => {
    // Every visitor gets the form on one server and the WhatsApp button on the other (same database).
    site = await startDemoServer({ env: { EXPERIMENT_SPLIT: '1' } });
    chatSite = await startDemoServer({ env: { EXPERIMENT_SPLIT: '0' }, db: site.db });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await chatSite?.close();
    await site?.close();
  });

  it('serves the site under a strict CSP and the widget script as cacheable, embeddable JavaScript', async () => {
    const page = await fetch(`${site.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(SITE_CSP);
    expect(SITE_CSP).not.toMatch(/unsafe-(inline|eval)/);
    const html = await page.text();
    expect(html).toContain('<script src="/psybook.js" defer></script>');
    expect(html).toContain('<psybook-widget');
    expect(html).not.toMatch(/<script>|<style|style="/);

    const script = await fetch(`${site.url}/psybook.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toMatch(/max-age=300/);
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');

    const manifest = (await (await fetch(`${site.url}/widget/manifest.json`)).json()) as {
      'psybook.js': string;
      gzipBytes: number;
    };
    expect(manifest.gzipBytes).toBeLessThanOrEqual(30 * 1024);
    const hashed = await fetch(`${site.url}/widget/${manifest['psybook.js']}`);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await hashed.text()).toBe(await script.text());
  });

  it('books an appointment by keyboard alone; the appointment and every funnel metric are in the database', async () => {
    const page = await newPage();
    const errors = collectErrors(page);
    await page.goto(`${site.url}/`);
    await page.locator('psybook-widget button.choice').first().waitFor();
    // The whole clinic page, widget included, passes axe.
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, /^button\.choice "Lucía Fernández/);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^h2\.heading "Choose a day"/);

    await page.locator('psybook-widget button.day').first().waitFor();
    await tabTo(page, /^button\.day /);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^h2\.heading "Choose a time on/);

    await page.locator('psybook-widget button.time').first().waitFor();
    await tabTo(page, /^button\.time /);
    await page.keyboard.press('Space');
    expect(await focused(page)).toMatch(/^h2\.heading "Your details"/);

    await tabTo(page, /^input#firstName/);
    await page.keyboard.type('Ana');
    await tabTo(page, /^input#lastName/);
    await page.keyboard.type('García López');
    await tabTo(page, /^input#phone/);
    await page.keyboard.type('612 345 678');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^h2\.heading "Check and confirm"/);

    await tabTo(page, /^button\.primary "Confirm appointment"/);
    await page.keyboard.press('Enter');
    await page.locator('psybook-widget h2', { hasText: 'Your appointment is booked' }).waitFor();
    expect(await focused(page)).toMatch(/^h2\.heading "Your appointment is booked"/);

    const booked = (await analytics(page)).find((e) => e.type === 'psybook:booked')!.detail as {
      appointment: { id: number };
      manageUrl: string;
    };
    expect(await appointmentRow(site, booked.appointment.id)).toEqual({
      entry_method: 'web_form',
      status: 'scheduled',
      first_name: 'Ana',
      last_name: 'García López',
      phone: '+34612345678',
      psychologist: 'Lucía',
    });
    expect(booked.manageUrl).toMatch(new RegExp(`^${site.url}/manage\\.html\\?token=[A-Za-z0-9_-]{22,}$`));

    const sessionId = await sessionOf(page);
    const rows = await metricsOf(site, sessionId, 'booking_confirmed');
    expect(rows.map((row) => row.event_type)).toEqual(FUNNEL);
    expect(new Set(rows.map((row) => row.entry_method))).toEqual(new Set(['web_form']));
    expect(rows.at(-1)!.appointment_id).toBe(booked.appointment.id);
    expect(errors).toEqual([]);
  });

  it("books again with the page under `default-src 'self'`: no CSP violation, styles applied", async () => {
    const page = await newPage();
    const errors = collectErrors(page);
    // The strictest policy a clinic might send, set on the page response itself.
    await page.route(`${site.url}/`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "default-src 'self'" },
      });
    });
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const response = await page.goto(`${site.url}/`);
    expect(response!.headers()['content-security-policy']).toBe("default-src 'self'");

    await bookWithMouse(page, 'Daniel Okafor', { first: 'Jorge', last: 'Martín', phone: '699 111 222' });

    const booked = (await analytics(page)).find((e) => e.type === 'psybook:booked')!.detail as {
      appointment: { id: number };
    };
    expect(await appointmentRow(site, booked.appointment.id)).toMatchObject({
      first_name: 'Jorge',
      phone: '+34699111222',
      psychologist: 'Daniel',
    });
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("the confirmation's manage link shows the appointment and cancels it, freeing the time", async () => {
    const page = await newPage();
    const errors = collectErrors(page);
    await page.goto(`${site.url}/`);
    const widget = page.locator('psybook-widget');
    const chosen = await bookWithMouse(page, 'Marta Ruiz', { first: 'Lola', last: 'Sanz', phone: '655 000 111' });
    const manageLink = widget.locator('a[part~="manage-link"]');
    const href = (await manageLink.getAttribute('href'))!;

    await page.goto(href);
    await page.getByText('Here is your appointment.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expect(page.locator('#manage-with').textContent()).resolves.toBe('Marta Ruiz');
    await page.getByRole('button', { name: 'Cancel this appointment' }).click();
    await page.getByText('This appointment is cancelled').waitFor();
    const { rows } = await site.db.owner.query<{ status: string }>(
      "SELECT a.status FROM appointments a JOIN users u ON u.id = a.user_id WHERE u.phone = '+34655000111'",
    );
    expect(rows).toEqual([{ status: 'cancelled' }]);

    // The time is offered again.
    await page.goto(`${site.url}/`);
    await widget.locator('button.choice', { hasText: 'Marta Ruiz' }).click();
    await widget.locator('button.day').first().click();
    await expect(widget.locator('button.time').first().textContent()).resolves.toBe(chosen);
    expect(errors).toEqual([]);
  });

  it('click_to_chat: the WhatsApp button links to wa.me with the reference code of this visit, and the click is a metric', async () => {
    const page = await newPage();
    const errors = collectErrors(page);
    await page.goto(`${chatSite.url}/`);
    const link = page.locator('psybook-widget a.chat-button');
    await link.waitFor();
    const sessionId = await sessionOf(page);
    const href = new URL((await link.getAttribute('href'))!);
    expect(`${href.origin}${href.pathname}`).toBe('https://wa.me/34600000000');
    expect(href.searchParams.get('text')).toBe(
      `Hello Serena Psychology, I would like to book an appointment. (ref: ${sessionId})`,
    );

    const [whatsapp] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    expect(whatsapp.url()).toBe(href.toString());
    const rows = await metricsOf(chatSite, sessionId, 'chat_clicked');
    expect(rows.map((row) => `${row.entry_method}:${row.event_type}`)).toEqual([
      'click_to_chat:widget_view',
      'click_to_chat:variant_assigned',
      'click_to_chat:chat_clicked',
    ]);
    expect(errors).toEqual([]);
  });
});
