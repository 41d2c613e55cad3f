import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@psybook/testkit/app';
import { collectErrors, launchChromium } from '@psybook/testkit/browser';
import { startDemoServer } from './support/server.js';

describe('WhatsApp simulator page (no Meta credentials)', () => {
  let app: TestApp;
  let browser: Browser;
  let dataDir: string;
  beforeAll(async () => {
    // The simulator signs with a local secret kept in DATA_DIR: a scratch folder here.
    dataDir = mkdtempSync(join(tmpdir(), 'psybook-e2e-chat-'));
    app = await startDemoServer({ env: { DATA_DIR: dataDir } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('books an appointment by chatting, tapping the bot’s buttons and list rows, under the CSP', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${app.url}/chat/?text=${encodeURIComponent('Hola, quiero una cita (ref: e2e_chat_visit)')}`);
    const waId = await page.locator('#wa-id').inputValue();
    expect(waId).toMatch(/^346\d{8}$/);
    await page.locator('#profile').fill('Ana García');
    await page.locator('#profile').dispatchEvent('change');
    await page.getByRole('button', { name: 'Send' }).click();

    const choice = (name: string | RegExp) => page.locator('.msg.out').last().locator('.choice', { hasText: name });
    await choice('Lucía Fernández').click();
    await expect.poll(() => page.locator('.msg.out').last().textContent()).toMatch(/¿Qué día te viene bien/);
    await page.locator('.msg.out').last().locator('.choice').first().click();
    await expect.poll(() => page.locator('.msg.out').last().textContent()).toMatch(/¿A qué hora/);
    await page.locator('.msg.out').last().locator('.choice').first().click();
    await choice('Sí, es correcto').click();
    await choice('Confirmar').click();
    await expect.poll(() => page.locator('.msg.out').last().textContent()).toMatch(/¡Cita reservada!/);

    const { rows } = await app.db.owner.query<{ entry_method: string; status: string }>(
      'SELECT a.entry_method, a.status FROM appointments a JOIN users u ON u.id = a.user_id WHERE u.phone = $1',
      [`+${waId}`],
    );
    expect(rows).toEqual([{ entry_method: 'click_to_chat', status: 'scheduled' }]);
    const chat = await app.db.owner.query<{ status: string }>(
      'SELECT status FROM chat_sessions WHERE whatsapp_id = $1',
      [waId],
    );
    expect(chat.rows).toEqual([{ status: 'completed' }]);
    const started = await app.db.owner.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM metrics WHERE session_id = 'e2e_chat_visit' AND event_type IN ('chat_started', 'chat_completed')",
    );
    expect(started.rows[0]!.n).toBe(2);
    expect(errors).toEqual([]);
  });
});
