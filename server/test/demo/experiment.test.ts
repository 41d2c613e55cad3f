import type { AbReport } from '@psybook/client-sdk/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/demo/seed.js';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';

describe.each(ENGINES)('demo experiment data on %s', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(engine);
    expect(await seedDemoIfEmpty(app.db.owner)).toBe(true);
  });
  afterAll(async () => {
    await app.close();
  });

  it('gives the console four weeks of both arms with a clear winner', async () => {
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 27 * 86_400_000).toISOString().slice(0, 10);
    const res = await fetch(`${app.url}/v1/admin/reports/ab?from=${from}&to=${to}`, {
      headers: { authorization: `Bearer ${await app.token('admin', '00000000-0000-4000-8000-000000000001')}` },
    });
    const report = (await res.json()) as AbReport;
    const [web, chat] = report.arms;
    expect(web!.sessions).toBeGreaterThan(700);
    expect(chat!.sessions).toBeGreaterThan(700);
    expect(web!.conversionRate).toBeGreaterThan(0.05);
    expect(chat!.conversionRate).toBeGreaterThan(web!.conversionRate);
    expect(report.comparison.pValue).toBeLessThan(0.05);
    expect(web!.medianTimeToBookMs).toBeGreaterThan(60_000);
    expect(report.daily.filter((day) => day.sessions > 0).length).toBeGreaterThanOrEqual(54);
  });

  it('links every booking event to an appointment of the same entry method, labelled as demo', async () => {
    const { rows } = await app.db.owner.query<{ events: number; linked: number; unlabelled: number }>(
      `SELECT count(*) FILTER (WHERE m.event_type IN ('booking_confirmed', 'chat_completed'))::int AS events,
              count(a.id) FILTER (WHERE a.entry_method = m.entry_method)::int AS linked,
              count(*) FILTER (WHERE m.event_type = 'widget_view' AND m.additional_data->>'source' IS DISTINCT FROM 'demo')::int AS unlabelled
       FROM metrics m LEFT JOIN appointments a ON a.id = m.appointment_id`,
    );
    expect(rows[0]!.events).toBeGreaterThan(100);
    expect(rows[0]!.linked).toBe(rows[0]!.events);
    expect(rows[0]!.unlabelled).toBe(0);
  });

  it('keeps live demo appointments outside bookable hours, so no offered slot changes', async () => {
    const { rows } = await app.db.owner.query<{ outside: boolean }>(
      `SELECT NOT EXISTS (
         SELECT 1 FROM availability w
         WHERE w.psychologist_id = a.psychologist_id
           AND w.day_of_week = extract(dow FROM a.appointment_date)
           AND a.start_time < w.end_time AND a.end_time > w.start_time) AS outside
       FROM appointments a WHERE a.status IN ('scheduled', 'confirmed')`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.outside)).toBe(true);
  });

  it('seeds only once', async () => {
    expect(await seedDemoIfEmpty(app.db.owner)).toBe(false);
  });
});
