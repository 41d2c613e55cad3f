import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@psybook/testkit/app';
import { axeViolations, ensureAdminConsoleBuilt } from './support/admin.js';
import { collectErrors, launchChromium } from '@psybook/testkit/browser';
import { focused, tabTo } from './support/keyboard.js';
import { startDemoServer } from './support/server.js';

const ADMIN_SUB = '00000000-0000-4000-8000-000000000001';

/** A clinic-local date `days` from today as YYYY-MM-DD (the test machine runs in UTC). */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('the clinic console at /admin', () => {
  let server: TestApp;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let appointmentId: number;
  let psychologistId: number;

  beforeAll(async () => {
    ensureAdminConsoleBuilt();
    server = await startDemoServer();
    // One appointment of our own to confirm: tomorrow at 07:00, outside bookable hours.
    psychologistId = (await server.db.owner.query<{ id: number }>(`SELECT id FROM psychologists ORDER BY id LIMIT 1`))
      .rows[0]!.id;
    const user = await server.db.owner.query<{ id: number }>(
      `INSERT INTO users (first_name, last_name, phone) VALUES ('Prueba', 'Consola', '+34699000111') RETURNING id`,
    );
    appointmentId = (
      await server.db.owner.query<{ id: number }>(
        `INSERT INTO appointments (user_id, psychologist_id, appointment_date, start_time, end_time, entry_method)
         VALUES ($1, $2, $3, '07:00', '07:50', 'web_form') RETURNING id`,
        [user.rows[0]!.id, psychologistId, day(1)],
      )
    ).rows[0]!.id;
    browser = await launchChromium();
    page = await browser.newPage();
    errors = collectErrors(page);
    await page.goto(`${server.url}/admin/`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses a token that is not an admin’s, then signs in with an admin token', async () => {
    await page.getByLabel('Access token').fill(await server.token('authenticated', ADMIN_SUB));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not a clinic admin/);
    await page.getByLabel('Access token').fill(await server.token('admin', ADMIN_SUB));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Which way books more patients?' }).waitFor();
  });

  it('shows the report: the verdict in one sentence, demo label, a funnel per arm and the daily chart', async () => {
    const verdict = page.getByTestId('verdict');
    await verdict.waitFor();
    // The demo data makes WhatsApp convert better, clearly enough to rule out chance.
    expect(await verdict.textContent()).toMatch(
      /^WhatsApp chat converts \d+\.\d points better \(.+ vs .+\); this difference is unlikely to be chance, p [<=] 0\.\d+\.$/,
    );
    expect(await page.getByRole('note').textContent()).toContain('Demo data');
    expect(await page.locator('psybook-funnel-chart').count()).toBe(2);
    expect(await page.locator('psybook-funnel-chart rect[class^="bar-"]').count()).toBe(7 + 6);
    expect(await page.locator('psybook-daily-chart polyline').count()).toBe(2);
    expect(await page.getByRole('img', { name: /Daily conversion rate/ }).count()).toBe(1);
    // Screen readers get the funnel as a table with the same figures.
    expect(await page.getByRole('table', { name: 'Web form funnel' }).getByRole('row').count()).toBe(8);
  });

  it('confirms an appointment from the keyboard and keeps focus in its row', async () => {
    const label = new RegExp(`Confirm the appointment of Prueba Consola on ${day(1)} at 07:00`);
    const confirm = page.getByRole('button', { name: label });
    await confirm.waitFor();
    await confirm.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Prueba Consola' }).textContent())
      .toContain('Confirmed');
    expect(await focused(page)).toMatch(/button "Complete"/);
    const { rows } = await server.db.owner.query<{ status: string }>('SELECT status FROM appointments WHERE id = $1', [
      appointmentId,
    ]);
    expect(rows[0]!.status).toBe('confirmed');
  });

  it('edits a weekly window and adds one, and shows the API’s refusal of a bad one', async () => {
    const windows = async () =>
      (
        await server.db.owner.query<{ day: number; start: string; end: string }>(
          `SELECT day_of_week AS day, to_char(start_time, 'HH24:MI') AS start, to_char(end_time, 'HH24:MI') AS end
           FROM availability WHERE psychologist_id = $1 ORDER BY day_of_week, start_time`,
          [psychologistId],
        )
      ).rows;
    const before = await windows();
    const first = page.locator('psybook-availability-view form[data-window]').first();
    await first.waitFor();
    await first.getByLabel('End').fill('12:30');
    await first.getByRole('button', { name: /^Save:/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(1);
    expect((await windows()).filter((w) => w.end === '12:30')).toHaveLength(1);

    const add = page.locator('psybook-availability-view form:not([data-window])');
    await add.getByLabel('Day').selectOption({ label: 'Sunday' });
    await add.getByLabel('Start').fill('10:00');
    await add.getByLabel('End').fill('12:00');
    await add.getByRole('button', { name: 'Add window' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Added' }).textContent())
      .toContain('Sunday 10:00–12:00');
    expect(await windows()).toContainEqual({ day: 0, start: '10:00', end: '12:00' });

    await add.getByLabel('Start').fill('15:00');
    await add.getByLabel('End').fill('14:00');
    await add.getByRole('button', { name: 'Add window' }).click();
    await expect.poll(() => page.locator('psybook-availability-view [role="alert"]').textContent()).toMatch(/endTime/);
    expect(await windows()).toHaveLength(before.length + 1);
  });

  it('is reachable by keyboard and has no axe violations, signed in or not', async () => {
    await page.getByLabel('Language').focus();
    await tabTo(page, /a "Appointments"/, { backwards: true });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^section#appointments/);
    expect(await axeViolations(page)).toEqual([]);
    const fresh = await browser.newPage();
    await fresh.goto(`${server.url}/admin/`);
    await fresh.getByLabel('Access token').waitFor();
    expect(await axeViolations(fresh)).toEqual([]);
    await fresh.close();
  });

  it('speaks Spanish', async () => {
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { name: '¿Qué vía consigue más pacientes?' }).waitFor();
    expect(await page.getByTestId('verdict').textContent()).toMatch(/^Chat de WhatsApp convierte \d+,\d puntos más/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.getByLabel('Idioma').selectOption('en');
  });

  it('ran without a console error or CSP violation', () => {
    // The refused token (403) and the refused window (400) are the only failed requests.
    const unexpected = errors.filter((e) => !/status of (403|400) /.test(e));
    expect(unexpected).toEqual([]);
    expect(errors).toHaveLength(2);
  });
});
