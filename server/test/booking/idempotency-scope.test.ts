import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { bookingBody, NOW, seedClinic, send, type Clinic } from '@psybook/testkit/clinic';

describe.each(ENGINES)('Idempotency-Key, scoped and sealed, on %s (hardening 8)', (engine) => {
  let app: TestApp;
  let clinic: Clinic;
  // Behind a proxy (TRUST_PROXY), X-Forwarded-For tells two clients apart on one loopback.
  const from = (address: string, key: string) => ({ 'x-forwarded-for': address, 'idempotency-key': key });

  beforeAll(async () => {
    app = await startTestApp(engine, { now: () => NOW, env: { TRUST_PROXY: 'loopback' } });
    clinic = await seedClinic(app.db);
  });
  afterAll(() => app.close());

  it("never hands one client's manage token to another client that sends the same key and body", async () => {
    const body = bookingBody(clinic.anaId, { startTime: '11:00' });
    const victim = await send(`${app.url}/v1/bookings`, 'POST', body, from('203.0.113.1', 'shared-key-1'));
    expect(victim.status).toBe(201);
    const replay = await send(`${app.url}/v1/bookings`, 'POST', body, from('203.0.113.1', 'shared-key-1'));
    expect(replay.body).toEqual(victim.body);
    const attacker = await send(`${app.url}/v1/bookings`, 'POST', body, from('198.51.100.9', 'shared-key-1'));
    // Not a replay: a booking of its own, which finds the time taken.
    expect(attacker.status).toBe(409);
    expect(attacker.headers.get('idempotent-replayed')).toBeNull();
    expect(JSON.stringify(attacker.body)).not.toContain(victim.body.manageToken);
  });

  it('stores neither the key, nor the manage token, nor the appointment in readable form', async () => {
    const booked = await send(
      `${app.url}/v1/bookings`,
      'POST',
      bookingBody(clinic.anaId, { startTime: '12:00' }),
      from('203.0.113.1', 'stored-key-2'),
    );
    expect(booked.status).toBe(201);
    const { rows } = await app.db.owner.query<{ key: string; body: string }>(
      'SELECT key, response_body::text AS body FROM psybook_private.idempotency_keys',
    );
    for (const row of rows) {
      expect(row.key).not.toContain('stored-key-2');
      expect(row.body).not.toContain(booked.body.manageToken);
      expect(row.body).not.toContain('startsAt');
    }
    expect(rows.length).toBeGreaterThan(0);
  });
});
