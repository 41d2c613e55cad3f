import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { countRows, MONDAY, NOW, seedClinic, send, type Clinic } from '@psybook/testkit/clinic';

describe.each(ENGINES)('admin endpoints on %s', (engine) => {
  let app: TestApp;
  let clinic: Clinic;
  let admin: Record<string, string>;
  const call = (method: string, path: string, body?: unknown, headers = admin) =>
    send(`${app.url}${path}`, method, body, headers);

  beforeAll(async () => {
    app = await startTestApp(engine, { now: () => NOW });
    clinic = await seedClinic(app.db);
    admin = { authorization: `Bearer ${await app.token('admin', '00000000-0000-4000-8000-000000000001')}` };
  });
  afterAll(async () => app.close());

  it('creates, reads, updates, deactivates and deletes a psychologist', async () => {
    const created = await call('POST', '/v1/admin/psychologists', {
      firstName: 'Nora',
      lastName: 'Nieto',
      email: 'nora@clinic.test',
      phone: '611 223 344',
      bio: 'EMDR',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ firstName: 'Nora', phone: '+34611223344', isActive: true });
    const id = created.body.id as number;
    expect((await call('GET', `/v1/admin/psychologists/${id}`)).body.email).toBe('nora@clinic.test');
    const updated = await call('PATCH', `/v1/admin/psychologists/${id}`, { bio: null, isActive: false });
    expect(updated.body).toMatchObject({ bio: null, isActive: false });
    // Inactive: admins still see them, the public list does not.
    expect((await call('GET', '/v1/admin/psychologists')).body.data.map((p: { id: number }) => p.id)).toContain(id);
    expect((await send(`${app.url}/v1/psychologists`, 'GET')).body.data.map((p: { id: number }) => p.id)).not.toContain(
      id,
    );
    expect((await call('DELETE', `/v1/admin/psychologists/${id}`)).status).toBe(204);
    expect((await call('GET', `/v1/admin/psychologists/${id}`)).status).toBe(404);
  });

  it('refuses a duplicate email (409 email_taken) and deleting someone with appointments (409)', async () => {
    const dup = await call('POST', '/v1/admin/psychologists', {
      firstName: 'A',
      lastName: 'B',
      email: 'dup@clinic.test',
    });
    expect(dup.status).toBe(201);
    const again = await call('POST', '/v1/admin/psychologists', {
      firstName: 'C',
      lastName: 'D',
      email: 'dup@clinic.test',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('email_taken');
    const booked = await send(`${app.url}/v1/bookings`, 'POST', {
      psychologistId: clinic.bertoId,
      date: MONDAY,
      startTime: '10:00',
      entryMethod: 'web_form',
      patient: { firstName: 'P', lastName: 'Q', phone: '+34600444555' },
    });
    expect(booked.status).toBe(201);
    const del = await call('DELETE', `/v1/admin/psychologists/${clinic.bertoId}`);
    expect(del.status).toBe(409);
    expect(del.body.code).toBe('psychologist_has_appointments');
    expect((await call('GET', `/v1/admin/appointments?psychologistId=${clinic.bertoId}`)).body.data).toHaveLength(1);
  });

  it.each([
    ['POST', 'a missing email', { firstName: 'A', lastName: 'B' }, 'body.email'],
    ['POST', 'a bad email', { firstName: 'A', lastName: 'B', email: 'nope' }, 'body.email'],
    ['POST', 'a bad phone', { firstName: 'A', lastName: 'B', email: 'x@clinic.test', phone: '123' }, 'body.phone'],
    ['POST', 'an unknown field', { firstName: 'A', lastName: 'B', email: 'y@clinic.test', role: 'admin' }, 'body.role'],
    [
      'POST',
      'a wrong type',
      { firstName: 'A', lastName: 'B', email: 'z@clinic.test', isActive: 'yes' },
      'body.isActive',
    ],
    ['PATCH', 'an empty change', {}, 'body'],
  ])('%s psychologist with %s → 400 naming %s, nothing written', async (method, _label, body, field) => {
    const before = await countRows(app.db, 'psychologists');
    const path = method === 'POST' ? '/v1/admin/psychologists' : `/v1/admin/psychologists/${clinic.anaId}`;
    const res = await call(method, path, body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await countRows(app.db, 'psychologists')).toBe(before);
  });

  it('manages weekly availability, and the slots follow it', async () => {
    const base = `/v1/admin/psychologists/${clinic.bertoId}/availability`;
    const before = (await call('GET', base)).body.data as unknown[];
    const created = await call('POST', base, { dayOfWeek: 1, startTime: '16:00', endTime: '18:00' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      psychologistId: clinic.bertoId,
      dayOfWeek: 1,
      startTime: '16:00',
      endTime: '18:00',
      isActive: true,
    });
    const slotTimes = async () =>
      (
        await send(`${app.url}/v1/psychologists/${clinic.bertoId}/slots?from=${MONDAY}&to=${MONDAY}`, 'GET')
      ).body.data.map((s: { startTime: string }) => s.startTime);
    expect(await slotTimes()).toEqual(expect.arrayContaining(['16:00', '17:00']));
    const moved = await call('PATCH', `${base}/${created.body.id}`, { startTime: '17:00' });
    expect(moved.body.startTime).toBe('17:00');
    expect(await slotTimes()).not.toContain('16:00');
    const inverted = await call('PATCH', `${base}/${created.body.id}`, { endTime: '08:00' });
    expect(inverted.status).toBe(422);
    expect(inverted.body.code).toBe('invalid_time_range');
    expect((await call('DELETE', `${base}/${created.body.id}`)).status).toBe(204);
    expect((await call('GET', base)).body.data).toHaveLength(before.length);
    expect((await call('DELETE', `${base}/${created.body.id}`)).status).toBe(404);
  });

  it.each([
    ['a day out of range', { dayOfWeek: 7, startTime: '09:00', endTime: '10:00' }, 'body.dayOfWeek'],
    ['an end before the start', { dayOfWeek: 1, startTime: '11:00', endTime: '10:00' }, 'body.endTime'],
    ['a malformed time', { dayOfWeek: 1, startTime: '9:00', endTime: '10:00' }, 'body.startTime'],
    ['a missing field', { dayOfWeek: 1, startTime: '09:00' }, 'body.endTime'],
    ['an unknown field', { dayOfWeek: 1, startTime: '09:00', endTime: '10:00', room: 3 }, 'body.room'],
  ])('refuses a window with %s (400 naming %s), nothing written', async (_label, body, field) => {
    const before = await countRows(app.db, 'availability');
    const res = await call('POST', `/v1/admin/psychologists/${clinic.anaId}/availability`, body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await countRows(app.db, 'availability')).toBe(before);
  });

  it('refuses bad ids in paths and a bad window change with 400, changing nothing', async () => {
    for (const [method, path] of [
      ['GET', '/v1/admin/psychologists/0'],
      ['DELETE', '/v1/admin/psychologists/abc'],
      ['GET', '/v1/admin/psychologists/1.5/availability'],
      ['DELETE', `/v1/admin/psychologists/${clinic.anaId}/availability/-1`],
    ] as const) {
      const res = await call(method, path);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toMatch(/^params\./);
    }
    const before = (await app.db.owner.query('SELECT * FROM availability ORDER BY id')).rows;
    const [window] = (await call('GET', `/v1/admin/psychologists/${clinic.anaId}/availability`)).body.data;
    for (const body of [
      {},
      { dayOfWeek: -1 },
      { startTime: '25:00' },
      { colour: 'red' },
      { startTime: '12:00', endTime: '11:00' },
    ]) {
      const res = await call('PATCH', `/v1/admin/psychologists/${clinic.anaId}/availability/${window.id}`, body);
      expect(res.status).toBe(400);
    }
    expect((await app.db.owner.query('SELECT * FROM availability ORDER BY id')).rows).toEqual(before);
  });

  it('filters appointments and refuses bad filters', async () => {
    const res = await call('GET', `/v1/admin/appointments?from=${MONDAY}&to=${MONDAY}&status=scheduled`);
    expect(res.status).toBe(200);
    expect(
      res.body.data.every((a: { date: string; status: string }) => a.date === MONDAY && a.status === 'scheduled'),
    ).toBe(true);
    const bad = await call('GET', '/v1/admin/appointments?status=lost&from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['query.status', 'query.from']),
    );
  });

  it('is for admins only: anonymous 401, a psychologist 403, nothing written', async () => {
    const before = await countRows(app.db, 'psychologists');
    expect(
      (await call('POST', '/v1/admin/psychologists', { firstName: 'A', lastName: 'B', email: 'q@clinic.test' }, {}))
        .status,
    ).toBe(401);
    const psych = { authorization: `Bearer ${await app.token('authenticated', clinic.anaAuth)}` };
    expect(
      (await call('POST', '/v1/admin/psychologists', { firstName: 'A', lastName: 'B', email: 'q@clinic.test' }, psych))
        .status,
    ).toBe(403);
    expect((await call('GET', '/v1/admin/appointments', undefined, psych)).status).toBe(403);
    expect(await countRows(app.db, 'psychologists')).toBe(before);
  });
});
