import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestDatabase } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import type { Database } from '../../../src/platform/db/types.js';
import { bookingBody, countRows, NOW, seedClinic, send, type Clinic } from '@psybook/testkit/clinic';

describe.each(ENGINES)('rate limit on public writes on %s', (engine) => {
  let db: Database;
  let one: TestApp;
  let two: TestApp;
  let clinic: Clinic;
  let now = NOW;

  beforeAll(async () => {
    // Two app "processes" over one database: the counters live in the database, not in memory.
    db = await openTestDatabase(engine);
    const options = { db, now: () => now, env: { RATE_LIMIT_PER_MINUTE: '3' } };
    one = await startTestApp(engine, options);
    two = await startTestApp(engine, options);
    clinic = await seedClinic(db);
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    await db.close();
  });

  it('allows RATE_LIMIT_PER_MINUTE writes a minute across processes, then 429 with Retry-After, then the next window', async () => {
    now = new Date(NOW.getTime() + 15_000);
    const bad = { psychologistId: clinic.anaId };
    const statuses = [];
    for (const app of [one, two, one]) statuses.push((await send(`${app.url}/v1/bookings`, 'POST', bad)).status);
    expect(statuses).toEqual([400, 400, 400]);
    const limited = await send(`${two.url}/v1/bookings`, 'POST', bookingBody(clinic.anaId));
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
    // A sliding window: these three still count for the minute after, so the wait runs into it.
    expect(limited.headers.get('retry-after')).toBe('65');
    expect(await countRows(db, 'appointments')).toBe(0);
    // Reads are not limited.
    expect((await send(`${one.url}/v1/psychologists`, 'GET')).status).toBe(200);
    // Hardening 4: a fixed window let a second burst through just after the boundary; not now.
    now = new Date(NOW.getTime() + 61_000);
    expect((await send(`${one.url}/v1/bookings`, 'POST', bookingBody(clinic.anaId))).status).toBe(429);
    now = new Date(NOW.getTime() + 80_000);
    expect((await send(`${one.url}/v1/bookings`, 'POST', bookingBody(clinic.anaId))).status).toBe(201);
  });

  it('keys on the socket address: a spoofed X-Forwarded-For does not make a new client (hardening 4)', async () => {
    now = new Date(NOW.getTime() + 10 * 60_000);
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const spoofed = { 'x-forwarded-for': `203.0.113.${i + 1}` };
      statuses.push((await send(`${one.url}/v1/bookings`, 'POST', { psychologistId: clinic.anaId }, spoofed)).status);
    }
    expect(statuses).toEqual([400, 400, 400, 429, 429]);
  });

  it('lets X-Forwarded-For name the client only behind a proxy TRUST_PROXY names', async () => {
    const behindProxy = await startTestApp(engine, {
      db,
      now: () => now,
      env: { RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: 'loopback' },
    });
    try {
      now = new Date(NOW.getTime() + 20 * 60_000);
      const statuses = [];
      for (let i = 0; i < 5; i++) {
        const forwarded = { 'x-forwarded-for': `198.51.100.${i + 1}` };
        statuses.push(
          (await send(`${behindProxy.url}/v1/bookings`, 'POST', { psychologistId: clinic.anaId }, forwarded)).status,
        );
      }
      expect(statuses).toEqual([400, 400, 400, 400, 400]);
    } finally {
      await behindProxy.close();
    }
  });
});
