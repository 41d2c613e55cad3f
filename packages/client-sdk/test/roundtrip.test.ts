import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import {
  BadRequestError,
  ConflictError,
  NotFoundError,
  UnprocessableEntityError,
  createTracker,
  isConflictError,
  newSessionId,
  type CreateBooking,
} from '../src/index.js';
import { MONDAY, startRealApi, type RealApi } from './support/real-app.js';

// Every public and patient-facing method against the real server; staff and admin methods
// are in roundtrip-staff.test.ts.
describe.each(ENGINES)('SDK round trip, public and patient, on %s', (engine) => {
  let api: RealApi;
  let psychologistId: number;
  const booking = (startTime: string, phone = '+34600111222'): CreateBooking => ({
    psychologistId,
    date: MONDAY,
    startTime,
    entryMethod: 'web_form',
    sessionId: 'sess_roundtrip_0001',
    patient: { firstName: 'Paula', lastName: 'Pérez', phone },
  });

  beforeAll(async () => {
    api = await startRealApi(engine);
    const created = await api.admin.admin.psychologists.create({
      firstName: 'Ana',
      lastName: 'Alba',
      email: 'ana@clinic.test',
      bio: 'CBT',
    });
    psychologistId = created.id;
    await api.admin.admin.availability.create(psychologistId, { dayOfWeek: 1, startTime: '09:00', endTime: '13:00' });
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('config.get returns the clinic settings', async () => {
    const config = await api.anon.config.get();
    expect(config).toMatchObject({
      timezone: 'Europe/Madrid',
      experiment: { webFormShare: 0.5 },
      defaultCountry: expect.any(String),
    });
  });

  it('psychologists.list returns public fields only', async () => {
    const { data } = await api.anon.psychologists.list();
    expect(data).toContainEqual({ id: psychologistId, firstName: 'Ana', lastName: 'Alba', bio: 'CBT' });
  });

  it('slots.list returns the free times with zone and instants', async () => {
    const slots = await api.anon.slots.list({ psychologistId, from: MONDAY, to: MONDAY });
    expect(slots.timezone).toBe('Europe/Madrid');
    expect(slots.data.map((s) => s.startTime)).toEqual(['09:00', '10:00', '11:00', '12:00']);
    expect(slots.data[0]).toMatchObject({ date: MONDAY, startsAt: '2026-03-02T09:00:00+01:00' });
  });

  it('books, then a second booking of the same time is a ConflictError slot_taken', async () => {
    const created = await api.anon.bookings.create(booking('09:00'));
    expect(created.appointment).toMatchObject({
      psychologistId,
      date: MONDAY,
      startTime: '09:00',
      status: 'scheduled',
      entryMethod: 'web_form',
    });
    expect(created.manageToken.length).toBeGreaterThanOrEqual(22);
    const error = await api.anon.bookings.create(booking('09:00', '+34600999888')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(isConflictError(error) && error.code).toBe('slot_taken');
    const { data } = await api.anon.slots.list({ psychologistId, from: MONDAY, to: MONDAY });
    expect(data.map((s) => s.startTime)).not.toContain('09:00');
  });

  it('a time outside availability is an UnprocessableEntityError outside_availability', async () => {
    const error = await api.anon.bookings.create(booking('20:00')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error).toMatchObject({ status: 422, code: 'outside_availability' });
  });

  it('a bad phone is a BadRequestError naming the field', async () => {
    const error = (await api.anon.bookings
      .create(booking('11:00', 'not a phone'))
      .catch((e: unknown) => e)) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.code).toBe('validation_failed');
    expect(error.fields.map((f) => f.field)).toEqual(['body.patient.phone']);
    expect(error.requestId).toMatch(/.+/);
  });

  it('the same idempotency key books once and replays the first answer', async () => {
    const key = `roundtrip-${engine}-key`;
    const first = await api.anon.bookings.create(booking('12:00', '+34600222333'), { idempotencyKey: key });
    const again = await api.anon.bookings.create(booking('12:00', '+34600222333'), { idempotencyKey: key });
    expect(again.appointment.id).toBe(first.appointment.id);
  });

  it('bookings.get, reschedule and cancel work through the manage token', async () => {
    const { manageToken, appointment } = await api.anon.bookings.create(booking('10:00', '+34600333444'));
    await expect(api.anon.bookings.get(manageToken)).resolves.toEqual({ appointment });
    const moved = await api.anon.bookings.reschedule(manageToken, { date: MONDAY, startTime: '11:00' });
    expect(moved.appointment).toMatchObject({ id: appointment.id, startTime: '11:00', endTime: '11:50' });
    const cancelled = await api.anon.bookings.cancel(manageToken);
    expect(cancelled.appointment.status).toBe('cancelled');
    const { data } = await api.anon.slots.list({ psychologistId, from: MONDAY, to: MONDAY });
    expect(data.map((s) => s.startTime)).toEqual(expect.arrayContaining(['10:00', '11:00']));
  });

  it('an unknown manage token is a NotFoundError', async () => {
    await expect(api.anon.bookings.get('A'.repeat(30))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('metrics.send and the tracker store events that reports.ab counts', async () => {
    const sessionId = newSessionId();
    await expect(
      api.anon.metrics.send({
        events: [{ sessionId, entryMethod: 'click_to_chat', eventType: 'widget_view', timeTaken: 0 }],
      }),
    ).resolves.toEqual({ accepted: 1 });
    const errors: unknown[] = [];
    const tracker = createTracker({
      client: api.anon,
      sessionId,
      entryMethod: 'click_to_chat',
      onError: (e) => errors.push(e),
    });
    tracker.track('chat_clicked', { source: 'roundtrip' });
    await tracker.flush();
    tracker.dispose();
    expect(errors).toEqual([]);
    const report = await api.admin.reports.ab({ from: '2026-02-27', to: '2026-02-27' });
    const chat = report.arms.find((arm) => arm.entryMethod === 'click_to_chat');
    expect(chat?.steps['chat_clicked']).toBeGreaterThanOrEqual(1);
    const csv = await api.admin.reports.abCsv({ from: '2026-02-27', to: '2026-02-27' });
    expect(csv).toContain('click_to_chat');
  });
});
