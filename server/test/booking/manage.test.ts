import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { bookingBody, MONDAY, NOW, seedClinic, send, type Clinic } from '@psybook/testkit/clinic';

describe.each(ENGINES)('manage links on %s', (engine) => {
  let app: TestApp;
  let clinic: Clinic;
  const book = async (startTime: string, phone = '+34600111222') => {
    const res = await send(
      `${app.url}/v1/bookings`,
      'POST',
      bookingBody(clinic.anaId, { startTime, patient: { firstName: 'P', lastName: 'Q', phone } }),
    );
    expect(res.status).toBe(201);
    return res.body as { appointment: { id: number; startTime: string }; manageToken: string };
  };
  const slotTimes = async () =>
    (await send(`${app.url}/v1/psychologists/${clinic.anaId}/slots?from=${MONDAY}&to=${MONDAY}`, 'GET')).body.data.map(
      (slot: { startTime: string }) => slot.startTime,
    );
  const liveRows = async () =>
    (
      await app.db.owner.query<{ id: number; start_time: string; status: string }>(
        'SELECT id, start_time::text AS start_time, status FROM appointments ORDER BY id',
      )
    ).rows;

  beforeAll(async () => {
    app = await startTestApp(engine, { now: () => NOW });
    clinic = await seedClinic(app.db);
  });
  afterAll(async () => app.close());
  beforeEach(async () => {
    await app.db.owner.query('TRUNCATE appointments, users, psybook_private.manage_tokens CASCADE');
  });

  it('shows the booking its token opens, and nothing for an unknown or malformed token', async () => {
    const booked = await book('09:00');
    const view = await send(`${app.url}/v1/bookings/${booked.manageToken}`, 'GET');
    expect(view.status).toBe(200);
    expect(view.body).toEqual({ appointment: booked.appointment });
    const unknown = await send(`${app.url}/v1/bookings/${'A'.repeat(32)}`, 'GET');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('booking_not_found');
    const malformed = await send(`${app.url}/v1/bookings/not*a*token`, 'GET');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].field).toBe('params.token');
  });

  it('refuses a malformed token on cancel and reschedule with 400, changing nothing', async () => {
    const mine = await book('09:00');
    for (const path of ['cancel', 'reschedule']) {
      const res = await send(`${app.url}/v1/bookings/short/${path}`, 'POST', { date: MONDAY, startTime: '11:00' });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('params.token');
    }
    expect(await liveRows()).toEqual([{ id: mine.appointment.id, start_time: '09:00:00', status: 'scheduled' }]);
  });

  it("acts only on its own appointment: one booking's token never reaches another", async () => {
    const mine = await book('09:00');
    const theirs = await book('10:00', '+34600333444');
    const cancelled = await send(`${app.url}/v1/bookings/${mine.manageToken}/cancel`, 'POST');
    expect(cancelled.body.appointment.id).toBe(mine.appointment.id);
    const rows = await liveRows();
    expect(rows.find((r) => r.id === theirs.appointment.id)!.status).toBe('scheduled');
    // A token differing in one character opens nothing.
    const flipped = mine.manageToken.slice(0, -1) + (mine.manageToken.endsWith('A') ? 'B' : 'A');
    expect((await send(`${app.url}/v1/bookings/${flipped}/cancel`, 'POST')).status).toBe(404);
  });

  it('cancel frees the slot: it is listed again and another patient can book it', async () => {
    const booked = await book('09:00');
    expect(await slotTimes()).not.toContain('09:00');
    const res = await send(`${app.url}/v1/bookings/${booked.manageToken}/cancel`, 'POST');
    expect(res.status).toBe(200);
    expect(res.body.appointment.status).toBe('cancelled');
    expect(await slotTimes()).toContain('09:00');
    await book('09:00', '+34600555666');
    // Cancelling again changes nothing.
    const again = await send(`${app.url}/v1/bookings/${booked.manageToken}/cancel`, 'POST');
    expect(again.status).toBe(200);
    expect(again.body.appointment.status).toBe('cancelled');
  });

  it('will not cancel a completed appointment (409 invalid_status_transition)', async () => {
    const booked = await book('09:00');
    await app.db.owner.query(`UPDATE appointments SET status = 'completed' WHERE id = $1`, [booked.appointment.id]);
    const res = await send(`${app.url}/v1/bookings/${booked.manageToken}/cancel`, 'POST');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('invalid_status_transition');
    expect((await liveRows())[0]!.status).toBe('completed');
  });

  it('reschedules to a free slot: the new time is taken and the old one free, same appointment', async () => {
    const booked = await book('09:00');
    const res = await send(`${app.url}/v1/bookings/${booked.manageToken}/reschedule`, 'POST', {
      date: MONDAY,
      startTime: '11:00',
    });
    expect(res.status).toBe(200);
    expect(res.body.appointment).toMatchObject({
      id: booked.appointment.id,
      startTime: '11:00',
      endTime: '11:50',
      startsAt: '2026-03-02T11:00:00+01:00',
    });
    const times = await slotTimes();
    expect(times).toContain('09:00');
    expect(times).not.toContain('11:00');
    expect(await liveRows()).toEqual([{ id: booked.appointment.id, start_time: '11:00:00', status: 'scheduled' }]);
  });

  it('a reschedule onto a taken or invalid time changes nothing', async () => {
    const mine = await book('09:00');
    await book('10:00', '+34600777888');
    const before = await liveRows();
    const taken = await send(`${app.url}/v1/bookings/${mine.manageToken}/reschedule`, 'POST', {
      date: MONDAY,
      startTime: '10:00',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('slot_taken');
    const offGrid = await send(`${app.url}/v1/bookings/${mine.manageToken}/reschedule`, 'POST', {
      date: MONDAY,
      startTime: '10:30',
    });
    expect(offGrid.body.code).toBe('outside_availability');
    const past = await send(`${app.url}/v1/bookings/${mine.manageToken}/reschedule`, 'POST', {
      date: '2026-02-20',
      startTime: '09:00',
    });
    expect(past.body.code).toBe('in_the_past');
    expect(await liveRows()).toEqual(before);
    expect(await slotTimes()).not.toContain('09:00');
  });

  it.each([
    ['malformed JSON', '{"date":', 'body'],
    ['a missing field', { date: MONDAY }, 'body.startTime'],
    ['an unknown field', { date: MONDAY, startTime: '11:00', psychologistId: 2 }, 'body.psychologistId'],
    ['a bad date', { date: '02/03/2026', startTime: '11:00' }, 'body.date'],
    ['a wrong type', { date: MONDAY, startTime: 1100 }, 'body.startTime'],
  ])('refuses a reschedule with %s (400 naming %s) and changes nothing', async (_label, body, field) => {
    const mine = await book('09:00');
    const res = await send(`${app.url}/v1/bookings/${mine.manageToken}/reschedule`, 'POST', body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await liveRows()).toEqual([{ id: mine.appointment.id, start_time: '09:00:00', status: 'scheduled' }]);
  });

  it('will not move a cancelled appointment (409 not_reschedulable)', async () => {
    const mine = await book('09:00');
    await send(`${app.url}/v1/bookings/${mine.manageToken}/cancel`, 'POST');
    const res = await send(`${app.url}/v1/bookings/${mine.manageToken}/reschedule`, 'POST', {
      date: MONDAY,
      startTime: '11:00',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('not_reschedulable');
  });
});
