import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { bookingBody, countRows, MONDAY, NOW, seedClinic, send, type Clinic } from '@psybook/testkit/clinic';

describe.each(ENGINES)('POST /v1/bookings on %s', (engine) => {
  let app: TestApp;
  let clinic: Clinic;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    send(`${app.url}/v1/bookings`, 'POST', body, headers);

  beforeAll(async () => {
    app = await startTestApp(engine, { now: () => NOW });
    clinic = await seedClinic(app.db);
  });
  afterAll(async () => app.close());
  beforeEach(async () => {
    await app.db.owner.query(
      'TRUNCATE appointments, users, psybook_private.idempotency_keys, psybook_private.manage_tokens CASCADE',
    );
  });

  it('books a free slot: 201 with the appointment, its instants and a manage token; patient stored in E.164', async () => {
    const res = await post(
      bookingBody(clinic.anaId, {
        patient: { firstName: 'Paula', lastName: 'Pérez', phone: '600 111 222' },
        notes: 'first visit',
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.appointment).toMatchObject({
      psychologistId: clinic.anaId,
      date: MONDAY,
      startTime: '09:00',
      endTime: '09:50',
      startsAt: '2026-03-02T09:00:00+01:00',
      endsAt: '2026-03-02T09:50:00+01:00',
      status: 'scheduled',
      entryMethod: 'web_form',
    });
    expect(res.body.manageToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const { rows } = await app.db.owner.query<{ phone: string; entry_method: string; notes: string }>(
      'SELECT u.phone, a.entry_method, a.notes FROM appointments a JOIN users u ON u.id = a.user_id',
    );
    expect(rows).toEqual([{ phone: '+34600111222', entry_method: 'web_form', notes: 'first visit' }]);
    // Only the hash of the token is stored.
    const tokens = await app.db.owner.query<{ token_hash: string }>(
      'SELECT token_hash FROM psybook_private.manage_tokens',
    );
    expect(tokens.rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokens.rows[0]!.token_hash).not.toContain(res.body.manageToken);
  });

  it('finds the returning patient by phone instead of creating another', async () => {
    await post(bookingBody(clinic.anaId));
    const second = await post(
      bookingBody(clinic.anaId, {
        startTime: '10:00',
        patient: { firstName: 'P', lastName: 'P', phone: '+34 600-111-222' },
      }),
    );
    expect(second.status).toBe(201);
    expect(await countRows(app.db, 'users')).toBe(1);
    expect(await countRows(app.db, 'appointments')).toBe(2);
  });

  it('refuses a taken slot with 409 slot_taken, also when the new one only overlaps', async () => {
    await post(bookingBody(clinic.anaId));
    const again = await post(
      bookingBody(clinic.anaId, { patient: { firstName: 'Otra', lastName: 'Persona', phone: '+34600999888' } }),
    );
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'slot_taken', status: 409 });
    expect(again.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await countRows(app.db, 'appointments')).toBe(1);
    // The refused patient is not left behind either: the whole request rolled back.
    expect(await countRows(app.db, 'users')).toBe(1);
  });

  it.each([
    ['off the step grid', { startTime: '09:30' }, 422, 'outside_availability'],
    ['outside every window', { startTime: '15:00' }, 422, 'outside_availability'],
    ['a weekday without hours', { date: '2026-03-01' }, 422, 'outside_availability'],
    ['in the past', { date: '2026-02-23' }, 422, 'in_the_past'],
    ['inside the minimum notice', { date: '2026-02-27', startTime: '11:00' }, 422, 'too_soon'],
    ['past the booking horizon', { date: '2026-06-01' }, 422, 'beyond_horizon'],
  ])('refuses a time %s (%j → %i %s) and writes nothing', async (_label, overrides, status, code) => {
    const res = await post(bookingBody(clinic.anaId, overrides));
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(await countRows(app.db, 'appointments')).toBe(0);
    expect(await countRows(app.db, 'users')).toBe(0);
  });

  it('answers 404 for an unknown or inactive psychologist', async () => {
    for (const id of [clinic.inactiveId, 999_999]) {
      const res = await post(bookingBody(id));
      expect(res.status).toBe(404);
    }
    expect(await countRows(app.db, 'appointments')).toBe(0);
  });

  it.each([
    ['malformed JSON', '{"psychologistId": 1,', 'body'],
    ['a body that is not an object', '[1, 2]', 'body'],
    ['a wrong type', { psychologistId: 'one' }, 'body.psychologistId'],
    ['a missing field', { date: undefined }, 'body.date'],
    ['a missing patient field', { patient: { firstName: 'A', phone: '+34600111222' } }, 'body.patient.lastName'],
    ['an unknown field', { admin: true }, 'body.admin'],
    [
      'an unknown patient field',
      { patient: { firstName: 'A', lastName: 'B', phone: '+34600111222', dni: 'x' } },
      'body.patient.dni',
    ],
    ['a malformed date', { date: '2026-02-30' }, 'body.date'],
    ['a malformed time', { startTime: '9am' }, 'body.startTime'],
    ['an unknown entry method', { entryMethod: 'fax' }, 'body.entryMethod'],
    ['a bad phone', { patient: { firstName: 'A', lastName: 'B', phone: '12345' } }, 'body.patient.phone'],
    [
      'a bad email',
      { patient: { firstName: 'A', lastName: 'B', phone: '+34600111222', email: 'nope' } },
      'body.patient.email',
    ],
    ['a blank name', { patient: { firstName: '  ', lastName: 'B', phone: '+34600111222' } }, 'body.patient.firstName'],
  ])('refuses %s (%j) with 400 naming %s and writes nothing', async (_label, input, field) => {
    const body = typeof input === 'string' ? input : bookingBody(clinic.anaId, input);
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await countRows(app.db, 'appointments')).toBe(0);
    expect(await countRows(app.db, 'users')).toBe(0);
  });

  it('refuses a body that is not JSON and one over 16 kB, writing nothing', async () => {
    const text = await fetch(`${app.url}/v1/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(text.status).toBe(400);
    const big = await post(bookingBody(clinic.anaId, { notes: 'x'.repeat(20_000) }));
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('payload_too_large');
    expect(await countRows(app.db, 'appointments')).toBe(0);
  });

  it('replays the first response for a retried Idempotency-Key and books nothing new', async () => {
    const headers = { 'idempotency-key': 'retry-me-1' };
    const first = await post(bookingBody(clinic.anaId), headers);
    const second = await post(bookingBody(clinic.anaId), headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await countRows(app.db, 'appointments')).toBe(1);
    expect(await countRows(app.db, 'psybook_private.manage_tokens')).toBe(1);
  });

  it('gives concurrent requests with one Idempotency-Key the same single booking', async () => {
    const headers = { 'idempotency-key': 'concurrent-1' };
    const results = await Promise.all(Array.from({ length: 8 }, () => post(bookingBody(clinic.anaId), headers)));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(results.map((r) => r.body.appointment.id)).size).toBe(1);
    expect(await countRows(app.db, 'appointments')).toBe(1);
  });

  it('refuses the same Idempotency-Key with another body (422 idempotency_key_reused) and a malformed key (400)', async () => {
    await post(bookingBody(clinic.anaId), { 'idempotency-key': 'k-2' });
    const reused = await post(bookingBody(clinic.anaId, { startTime: '10:00' }), { 'idempotency-key': 'k-2' });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
    const bad = await post(bookingBody(clinic.anaId, { startTime: '11:00' }), { 'idempotency-key': 'ñ'.repeat(3) });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('headers.idempotency-key');
    expect(await countRows(app.db, 'appointments')).toBe(1);
  });

  it('writes no phone, name, email or notes to the logs', async () => {
    const before = app.logs.length;
    await post(
      bookingBody(clinic.anaId, {
        notes: 'SECRET-NOTE',
        patient: { firstName: 'Zoraida', lastName: 'Quintanilla', phone: '+34611222333', email: 'zq@example.test' },
      }),
    );
    await post(
      bookingBody(clinic.anaId, { patient: { firstName: 'Zoraida', lastName: 'Quintanilla', phone: 'bad-phone-611' } }),
    );
    const written = JSON.stringify(app.logs.slice(before));
    expect(written.length).toBeGreaterThan(0);
    for (const secret of ['611222333', 'Zoraida', 'Quintanilla', 'zq@example.test', 'SECRET-NOTE', 'bad-phone-611']) {
      expect(written).not.toContain(secret);
    }
  });

  it('logs a manage link by its route, never the token (a bearer secret)', async () => {
    const booked = await post(bookingBody(clinic.anaId));
    expect(booked.status).toBe(201);
    const token = booked.body.manageToken as string;
    const before = app.logs.length;
    expect((await send(`${app.url}/v1/bookings/${token}`, 'GET')).status).toBe(200);
    expect((await send(`${app.url}/v1/bookings/${token}/cancel`, 'POST')).status).toBe(200);
    const written = JSON.stringify(app.logs.slice(before));
    expect(written).toContain('/v1/bookings/:token/cancel');
    expect(written).not.toContain(token);
  });
});
