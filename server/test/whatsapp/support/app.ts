import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_SQL_DIR } from '../../../src/platform/db/migrate.js';
import type { Database } from '../../../src/platform/db/types.js';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import type { Engine } from '@psybook/testkit/engines';
import { GRAPH_URL, PHONE_NUMBER_ID } from './graph-mock.js';
import { TEST_APP_SECRET, TEST_VERIFY_TOKEN } from './webhook.js';

/** Monday 30 November 2026, 08:00 in Madrid: the demo clinic opens at 09:00. */
export const MONDAY_8AM = new Date('2026-11-30T07:00:00Z');

export interface Clock {
  now: Date;
}

/**
 * The real app with the demo clinic, WhatsApp credentials pointing at the msw Graph mock,
 * and a clock the test moves (`clock.now = …`).
 */
export async function startWhatsappApp(
  engine: Engine,
  clock: Clock,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const app = await startTestApp(engine, {
    now: () => clock.now,
    env: {
      CLINIC_TIMEZONE: 'Europe/Madrid',
      WHATSAPP_APP_SECRET: TEST_APP_SECRET,
      WHATSAPP_VERIFY_TOKEN: TEST_VERIFY_TOKEN,
      WHATSAPP_ACCESS_TOKEN: 'test-access-token',
      WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
      WHATSAPP_GRAPH_URL: GRAPH_URL,
      CHAT_IDLE_MINUTES: '30',
      ...env,
    },
  });
  await seedClinic(app.db);
  return app;
}

/**
 * The demo clinic's psychologists and weekly hours (db/demo.sql) and nothing else: no demo
 * appointments or metrics, so the free times and counts the tests expect are exactly these.
 */
export async function seedClinic(db: Database): Promise<void> {
  await db.owner.exec(await readFile(join(DEFAULT_SQL_DIR, 'demo.sql'), 'utf8'));
}
