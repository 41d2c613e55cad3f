import type { Problem } from '@psybook/client-sdk/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';

/** A problem+json answer, typed. */
const problem = async (res: Response) =>
  (await res.json()) as Problem & { errors: { field: string; message: string }[] };

const NOW = new Date('2026-03-10T09:30:00.000Z');
let counter = 0;
/** A session id of its own per test, so counts never mix between tests. */
const newSession = () => `sess_${process.pid}_${++counter}_abcdef`;

const event = (sessionId: string, extra: Record<string, unknown> = {}) => ({
  sessionId,
  entryMethod: 'web_form',
  eventType: 'widget_view',
  ...extra,
});

describe.each(ENGINES)('POST /v1/metrics on %s', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(engine, { now: () => NOW });
  });
  afterAll(async () => {
    await app.close();
  });

  const stored = async (sessionId: string) =>
    (
      await app.db.owner.query<{
        event_type: string;
        entry_method: string;
        time_taken: number | null;
        additional_data: unknown;
        at: string;
      }>(
        `SELECT event_type, entry_method, time_taken, additional_data,
                to_char(event_timestamp, 'YYYY-MM-DD"T"HH24:MI:SS') AS at
         FROM metrics WHERE session_id = $1 ORDER BY id`,
        [sessionId],
      )
    ).rows;

  const post = (body: unknown, contentType = 'application/json') =>
    fetch(`${app.url}/v1/metrics`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('stores a JSON batch whole, stamped with the server time in UTC, and answers 202', async () => {
    const session = newSession();
    const res = await post({
      events: [
        event(session, { timeTaken: 0 }),
        event(session, { eventType: 'variant_assigned', timeTaken: 15, data: { variant: 'web_form', lang: 'es' } }),
        event(session, { eventType: 'psychologist_selected', timeTaken: 4200, data: { psychologistId: 3 } }),
      ],
    });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 3 });
    const rows = await stored(session);
    expect(rows.map((row) => row.event_type)).toEqual(['widget_view', 'variant_assigned', 'psychologist_selected']);
    expect(rows[1]).toMatchObject({ time_taken: 15, additional_data: { variant: 'web_form', lang: 'es' } });
    expect(rows.every((row) => row.at === '2026-03-10T09:30:00')).toBe(true);
  });

  it('accepts a text/plain body as navigator.sendBeacon sends it', async () => {
    const session = newSession();
    const res = await post(
      JSON.stringify({ events: [event(session, { entryMethod: 'click_to_chat', eventType: 'chat_clicked' })] }),
      'text/plain;charset=UTF-8',
    );
    expect(res.status).toBe(202);
    expect(await stored(session)).toMatchObject([{ event_type: 'chat_clicked', entry_method: 'click_to_chat' }]);
  });

  it('refuses a text/plain body that is not JSON', async () => {
    const res = await post('events=1', 'text/plain');
    expect(res.status).toBe(400);
    expect(await problem(res)).toMatchObject({ code: 'validation_failed', errors: [{ field: 'body' }] });
  });

  it('refuses other content types with 415', async () => {
    const res = await post('<events/>', 'application/xml');
    expect(res.status).toBe(415);
  });

  it('refuses an empty batch and a batch over 50 events, writing nothing', async () => {
    const session = newSession();
    const empty = await post({ events: [] });
    expect(empty.status).toBe(400);
    expect((await problem(empty)).errors[0]?.field).toBe('body.events');
    const tooMany = await post({ events: Array.from({ length: 51 }, () => event(session)) });
    expect(tooMany.status).toBe(400);
    expect((await problem(tooMany)).errors[0]?.field).toBe('body.events');
    expect(await stored(session)).toEqual([]);
    const fifty = await post({ events: Array.from({ length: 50 }, () => event(session)) });
    expect(fifty.status).toBe(202);
    expect(await stored(session)).toHaveLength(50);
  });

  it('refuses a body over the size cap with 413', async () => {
    const res = await post(JSON.stringify({ events: [event(newSession())], padding: 'x'.repeat(70_000) }));
    expect(res.status).toBe(413);
    expect(await problem(res)).toMatchObject({ code: 'payload_too_large' });
  });

  it('names the event and field of an unknown event type, and writes none of the batch', async () => {
    const session = newSession();
    const res = await post({ events: [event(session), event(session, { eventType: 'page_scrolled' })] });
    expect(res.status).toBe(400);
    const body = await problem(res);
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(['body.events.1.eventType']);
    expect(await stored(session)).toEqual([]);
  });

  it('requires sessionId and entryMethod on every event', async () => {
    const res = await post({ events: [{ eventType: 'widget_view' }] });
    expect(res.status).toBe(400);
    const fields = (await problem(res)).errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.events.0.sessionId', 'body.events.0.entryMethod']));
  });

  it.each([
    ['phone', { phone: '+34600111222' }],
    ['name', { firstName: 'Ana' }],
    ['email', { email: 'ana@example.com' }],
    ['free text in a known key', { step: 'Ana García +34 600' }],
  ])('refuses personal data (%s) in the event data and writes nothing', async (_label, data) => {
    const session = newSession();
    const res = await post({ events: [event(session), event(session, { data })] });
    expect(res.status).toBe(400);
    const fields = (await problem(res)).errors.map((e: { field: string }) => e.field);
    expect(fields.every((field: string) => field.startsWith('body.events.1.data.'))).toBe(true);
    expect(await stored(session)).toEqual([]);
  });

  it('writes nothing when the database refuses one row (an unknown appointment)', async () => {
    const session = newSession();
    const res = await post({
      events: [event(session), event(session, { eventType: 'booking_confirmed', appointmentId: 987654 })],
    });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors).toEqual([
      { field: 'body.events.1.appointmentId', message: 'no such appointment' },
    ]);
    expect(await stored(session)).toEqual([]);
  });

  it('never logs the events it receives', async () => {
    const session = newSession();
    await post({ events: [event(session)] });
    expect(JSON.stringify(app.logs)).not.toContain(session);
  });

  it('limits each client per minute with 429 and Retry-After', async () => {
    const limited = await startTestApp(engine, { db: app.db, env: { RATE_LIMIT_PER_MINUTE: '2' } });
    try {
      const send = () =>
        fetch(`${limited.url}/v1/metrics`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ events: [event(newSession())] }),
        });
      expect((await send()).status).toBe(202);
      expect((await send()).status).toBe(202);
      const third = await send();
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await problem(third)).toMatchObject({ code: 'rate_limited' });
    } finally {
      await limited.close();
    }
  });
});
