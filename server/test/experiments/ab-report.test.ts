import type { AbReport, Problem } from '@psybook/client-sdk/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareProportions, wilsonInterval } from '../../src/experiments/stats.js';
import { asRolledBack, ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { generateMetrics, insertAppointments, insertMetrics, type RawMetric } from './ab-fixture.js';

const report = async (res: Response) => (await res.json()) as AbReport;
const problem = async (res: Response) => (await res.json()) as Problem & { errors: { field: string }[] };

const TZ = 'Europe/Madrid';
const FROM = '2026-02-03';
const TO = '2026-02-09';

/** The clinic-local date of a stored UTC timestamp, via Intl (not the SQL under test). */
const localDate = (utc: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(`${utc.replace(' ', 'T')}Z`),
  );
const ms = (utc: string) => Date.parse(`${utc.replace(' ', 'T')}Z`);

/** Linear interpolation between closest ranks, the definition of SQL's percentile_cont. */
function percentile(values: number[], q: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = q * (sorted.length - 1);
  const lower = Math.floor(pos);
  const upper = Math.ceil(pos);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (pos - lower);
}

/** The report computed straight from the raw rows, written independently of the SQL. */
function expectedReport(rows: RawMetric[], appointmentMethod: Map<number, string>) {
  const inRange = rows.filter((row) => localDate(row.event_timestamp) >= FROM && localDate(row.event_timestamp) <= TO);
  const arms = ['web_form', 'click_to_chat'].map((method) => {
    const sessions = new Map<string, RawMetric[]>();
    for (const row of inRange.filter((r) => r.entry_method === method)) {
      sessions.set(row.session_id, [...(sessions.get(row.session_id) ?? []), row]);
    }
    const steps: Record<string, number> = {};
    const times: number[] = [];
    let conversions = 0;
    for (const events of sessions.values()) {
      for (const type of new Set(events.map((e) => e.event_type))) steps[type] = (steps[type] ?? 0) + 1;
      const converting = events.filter(
        (e) =>
          e.event_type === 'booking_confirmed' ||
          e.event_type === 'chat_completed' ||
          (e.appointment_id !== null && appointmentMethod.get(e.appointment_id) === method),
      );
      if (!converting.length) continue;
      conversions++;
      const timed = converting.filter((e) => e.time_taken !== null).map((e) => e.time_taken!);
      times.push(
        timed.length
          ? Math.min(...timed)
          : Math.min(...converting.map((e) => ms(e.event_timestamp))) -
              Math.min(...events.map((e) => ms(e.event_timestamp))),
      );
    }
    const daily = new Map<string, { sessions: number; conversions: number }>();
    for (const events of sessions.values()) {
      const first = events.reduce((a, b) => (ms(a.event_timestamp) <= ms(b.event_timestamp) ? a : b));
      const day = localDate(first.event_timestamp);
      const entry = daily.get(day) ?? { sessions: 0, conversions: 0 };
      entry.sessions++;
      if (
        events.some(
          (e) =>
            ['booking_confirmed', 'chat_completed'].includes(e.event_type) ||
            (e.appointment_id !== null && appointmentMethod.get(e.appointment_id) === method),
        )
      )
        entry.conversions++;
      daily.set(day, entry);
    }
    return {
      method,
      sessions: sessions.size,
      conversions,
      steps,
      median: percentile(times, 0.5),
      p90: percentile(times, 0.9),
      daily,
    };
  });
  return arms;
}

describe.each(ENGINES)('GET /v1/admin/reports/ab on %s', (engine) => {
  let app: TestApp;
  let rows: RawMetric[];
  let appointmentMethod: Map<number, string>;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp(engine, { env: { CLINIC_TIMEZONE: TZ } });
    const ids = await insertAppointments(app.db.owner, 40);
    appointmentMethod = new Map([
      ...ids.web_form.map((id) => [id, 'web_form'] as const),
      ...ids.click_to_chat.map((id) => [id, 'click_to_chat'] as const),
    ]);
    // Data from the day before the range to the day after, so the bounds matter.
    rows = generateMetrics(new Date('2026-02-01T00:00:00Z'), 11, 12, ids);
    await insertMetrics(app.db.owner, rows);
    admin = await app.token('admin', '00000000-0000-4000-8000-000000000001');
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (query: string, token?: string) =>
    fetch(`${app.url}/v1/admin/reports/ab?${query}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('matches an independent computation from the raw rows for both arms', async () => {
    const res = await get(`from=${FROM}&to=${TO}`, admin);
    expect(res.status).toBe(200);
    const body = await report(res);
    const expected = expectedReport(rows, appointmentMethod);
    expect(body.from).toBe(FROM);
    expect(body.to).toBe(TO);
    expect(body.arms.map((arm) => arm.entryMethod)).toEqual(['web_form', 'click_to_chat']);
    for (const [index, want] of expected.entries()) {
      const arm = body.arms[index]!;
      expect(want.sessions).toBeGreaterThan(50);
      expect(arm.sessions).toBe(want.sessions);
      expect(arm.conversions).toBe(want.conversions);
      expect(arm.conversionRate).toBeCloseTo(want.conversions / want.sessions, 12);
      expect(arm.ci95).toEqual(wilsonInterval(want.conversions, want.sessions));
      for (const [type, count] of Object.entries(arm.steps))
        expect([type, count]).toEqual([type, want.steps[type] ?? 0]);
      expect(arm.medianTimeToBookMs).toBeCloseTo(want.median!, 3);
      expect(arm.p90TimeToBookMs).toBeCloseTo(want.p90!, 3);
    }
    const [web, chat] = expected;
    expect(body.comparison).toEqual(compareProportions(web!, chat!));
    // Seven days, two arms, every day listed even when empty.
    expect(body.daily).toHaveLength(14);
    for (const day of body.daily) {
      const want = expected.find((arm) => arm.method === day.entryMethod)!.daily.get(day.date) ?? {
        sessions: 0,
        conversions: 0,
      };
      expect({ date: day.date, sessions: day.sessions, conversions: day.conversions }).toEqual({
        date: day.date,
        ...want,
      });
    }
  });

  it('does not count an appointment made through the other arm as a conversion', async () => {
    const wrongArm = rows.filter(
      (row) =>
        row.entry_method === 'click_to_chat' &&
        row.appointment_id !== null &&
        appointmentMethod.get(row.appointment_id) === 'web_form',
    );
    expect(wrongArm.length).toBeGreaterThan(0);
    const everyAppointmentCounts = new Map([...appointmentMethod.keys()].map((id) => [id, 'click_to_chat']));
    const naive = expectedReport(rows, everyAppointmentCounts)[1]!.conversions;
    const chat = (await report(await get(`from=${FROM}&to=${TO}`, admin))).arms[1];
    expect(chat!.conversions).toBe(expectedReport(rows, appointmentMethod)[1]!.conversions);
    expect(chat!.conversions).toBeLessThan(naive);
  });

  it('gives the hand-computed median and 90th percentile of time to book', async () => {
    // Four converted web sessions on one day: 1, 2, 4 and 10 s. Median = (2 + 4) / 2 = 3 s;
    // p90 sits at rank 0.9 · 3 = 2.7, so 4 + 0.7 · (10 − 4) = 8.2 s.
    const day = '2027-05-04';
    const fixture: RawMetric[] = [1000, 2000, 4000, 10000].flatMap((time, i) => [
      {
        session_id: `med-${i}-abcdef`,
        entry_method: 'web_form',
        event_type: 'widget_view',
        event_timestamp: `${day} 10:00:00`,
        time_taken: 0,
        appointment_id: null,
      },
      {
        session_id: `med-${i}-abcdef`,
        entry_method: 'web_form',
        event_type: 'booking_confirmed',
        event_timestamp: `${day} 10:05:00`,
        time_taken: time,
        appointment_id: null,
      },
    ]);
    // One more that did not convert, and one whose time comes from the timestamps (90 s).
    fixture.push(
      {
        session_id: 'med-x-abcdef',
        entry_method: 'web_form',
        event_type: 'widget_view',
        event_timestamp: `${day} 11:00:00`,
        time_taken: null,
        appointment_id: null,
      },
      {
        session_id: 'med-y-abcdef',
        entry_method: 'click_to_chat',
        event_type: 'chat_clicked',
        event_timestamp: `${day} 12:00:00`,
        time_taken: null,
        appointment_id: null,
      },
      {
        session_id: 'med-y-abcdef',
        entry_method: 'click_to_chat',
        event_type: 'chat_completed',
        event_timestamp: `${day} 12:01:30`,
        time_taken: null,
        appointment_id: null,
      },
    );
    await insertMetrics(app.db.owner, fixture);
    const body = await report(await get(`from=${day}&to=${day}`, admin));
    expect(body.arms[0]).toMatchObject({
      sessions: 5,
      conversions: 4,
      medianTimeToBookMs: 3000,
      p90TimeToBookMs: 8200,
    });
    expect(body.arms[0]!.conversionRate).toBe(0.8);
    expect(body.arms[1]).toMatchObject({
      sessions: 1,
      conversions: 1,
      medianTimeToBookMs: 90000,
      p90TimeToBookMs: 90000,
    });
  });

  it('reports an empty range with both arms at zero and no comparison', async () => {
    const body = await report(await get('from=2020-01-01&to=2020-01-02', admin));
    expect(body.arms).toMatchObject([
      { entryMethod: 'web_form', sessions: 0, conversions: 0, ci95: [0, 1], medianTimeToBookMs: null },
      { entryMethod: 'click_to_chat', sessions: 0, conversions: 0, ci95: [0, 1], p90TimeToBookMs: null },
    ]);
    expect(body.comparison).toEqual({ difference: null, zScore: null, pValue: null });
    expect(body.daily).toHaveLength(4);
  });

  it('serves CSV for spreadsheets with the same figures', async () => {
    const res = await get(`from=${FROM}&to=${TO}&format=csv`, admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain(`ab-report-${FROM}-${TO}.csv`);
    const json = await report(await get(`from=${FROM}&to=${TO}`, admin));
    const lines = (await res.text())
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(lines).toHaveLength(3);
    const [header, ...data] = lines as [string[], ...string[][]];
    const column = (name: string) => header.indexOf(name);
    expect(header.slice(0, 4)).toEqual(['from', 'to', 'entry_method', 'sessions']);
    for (const [index, arm] of json.arms.entries()) {
      const row = data[index]!;
      expect(row[column('entry_method')]).toBe(arm.entryMethod);
      expect(Number(row[column('sessions')])).toBe(arm.sessions);
      expect(Number(row[column('conversions')])).toBe(arm.conversions);
      expect(Number(row[column('step_chat_clicked')])).toBe(arm.steps.chat_clicked);
      expect(Number(row[column('ci95_low')])).toBe(arm.ci95[0]);
      expect(Number(row[column('p_value')])).toBe(json.comparison.pValue);
    }
  });

  it('refuses anonymous callers with 401, signed-in non-admins with 403, server roles in tokens with 401', async () => {
    expect((await get(`from=${FROM}&to=${TO}`)).status).toBe(401);
    const patient = await get(
      `from=${FROM}&to=${TO}`,
      await app.token('authenticated', '00000000-0000-4000-8000-000000000009'),
    );
    expect(patient.status).toBe(403);
    expect(await problem(patient)).toMatchObject({ code: 'forbidden' });
    // The server's own roles are never accepted from a caller's token.
    expect(
      (await get(`from=${FROM}&to=${TO}`, await app.token('service', '00000000-0000-4000-8000-000000000009'))).status,
    ).toBe(401);
  });

  it('leaves that decision to the database: a non-admin role cannot read metrics', async () => {
    await expect(
      asRolledBack(app.db, { role: 'authenticated', sub: '00000000-0000-4000-8000-000000000009' }, (tx) =>
        tx.query('SELECT count(*) FROM metrics'),
      ),
    ).rejects.toThrow(/permission denied/);
    const seen = await asRolledBack(app.db, { role: 'admin' }, (tx) =>
      tx.query<{ n: number }>('SELECT count(*)::int AS n FROM metrics'),
    );
    expect(seen.rows[0]!.n).toBeGreaterThan(0);
  });

  it.each([
    ['from=2026-02-09&to=2026-02-01', 'query.to'],
    ['to=2026-02-09', 'query.from'],
    ['from=2026-02-01&to=2026-13-01', 'query.to'],
    ['from=2024-01-01&to=2026-01-01', 'query.to'],
    ['from=2026-02-01&to=2026-02-02&format=xlsx', 'query.format'],
  ])('refuses %s naming %s', async (query, field) => {
    const res = await get(query, admin);
    expect(res.status).toBe(400);
    expect((await problem(res)).errors.map((e) => e.field)).toContain(field);
  });
});
