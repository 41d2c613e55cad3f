import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  isApiError,
  type PsybookClient,
} from '../src/index.js';
import { MONDAY, newAuthUser, startRealApi, type RealApi } from './support/real-app.js';

// Staff and admin methods against the real server; the database's policies decide access.
describe.each(ENGINES)('SDK round trip, staff and admin, on %s', (engine) => {
  let api: RealApi;
  let anaId: number;
  let ana: PsybookClient;
  let appointmentId: number;

  beforeAll(async () => {
    api = await startRealApi(engine);
    anaId = (
      await api.admin.admin.psychologists.create({ firstName: 'Ana', lastName: 'Alba', email: 'ana@clinic.test' })
    ).id;
    await api.admin.admin.availability.create(anaId, { dayOfWeek: 1, startTime: '09:00', endTime: '13:00' });
    const anaAuth = await newAuthUser(api.app, 'ana@auth.test');
    await api.app.db.owner.query('UPDATE psychologists SET auth_id = $1 WHERE id = $2', [anaAuth, anaId]);
    ana = api.signedIn(anaAuth);
    const { appointment } = await api.anon.bookings.create({
      psychologistId: anaId,
      date: MONDAY,
      startTime: '10:00',
      entryMethod: 'click_to_chat',
      patient: { firstName: 'Paula', lastName: 'Pérez', phone: '+34600111222' },
    });
    appointmentId = appointment.id;
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('admin.psychologists: create, get, list, update, remove', async () => {
    const created = await api.admin.admin.psychologists.create({
      firstName: 'Berto',
      lastName: 'Brito',
      email: 'berto@clinic.test',
      isActive: false,
    });
    expect(created).toMatchObject({
      firstName: 'Berto',
      email: 'berto@clinic.test',
      isActive: false,
      phone: null,
      bio: null,
    });
    await expect(api.admin.admin.psychologists.get(created.id)).resolves.toEqual(created);
    const { data } = await api.admin.admin.psychologists.list();
    expect(data.map((p) => p.id)).toEqual(expect.arrayContaining([anaId, created.id]));
    const updated = await api.admin.admin.psychologists.update(created.id, { bio: 'EMDR', isActive: true });
    expect(updated).toMatchObject({ id: created.id, bio: 'EMDR', isActive: true });
    await expect(api.admin.admin.psychologists.remove(created.id)).resolves.toBeUndefined();
    await expect(api.admin.admin.psychologists.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('admin.psychologists.create with a taken email is a ConflictError', async () => {
    const error = await api.admin.admin.psychologists
      .create({ firstName: 'X', lastName: 'Y', email: 'ana@clinic.test' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'email_taken' });
  });

  it('admin.availability: create, list, update, remove', async () => {
    const window = await api.admin.admin.availability.create(anaId, {
      dayOfWeek: 3,
      startTime: '15:00',
      endTime: '18:00',
    });
    expect(window).toMatchObject({
      psychologistId: anaId,
      dayOfWeek: 3,
      startTime: '15:00',
      endTime: '18:00',
      isActive: true,
    });
    expect((await api.admin.admin.availability.list(anaId)).data).toContainEqual(window);
    const changed = await api.admin.admin.availability.update(anaId, window.id, { endTime: '19:00' });
    expect(changed).toMatchObject({ id: window.id, endTime: '19:00' });
    await api.admin.admin.availability.remove(anaId, window.id);
    expect((await api.admin.admin.availability.list(anaId)).data.map((w) => w.id)).not.toContain(window.id);
    await expect(api.admin.admin.availability.remove(anaId, window.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a window that ends before it starts is a BadRequestError on body.endTime', async () => {
    const error = (await api.admin.admin.availability
      .create(anaId, { dayOfWeek: 2, startTime: '12:00', endTime: '09:00' })
      .catch((e: unknown) => e)) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.fields).toEqual([expect.objectContaining({ field: 'body.endTime' })]);
  });

  it("me.appointments and appointments.update act on the psychologist's own appointments", async () => {
    const { data } = await ana.me.appointments({ from: MONDAY, to: MONDAY });
    expect(data).toEqual([
      expect.objectContaining({ id: appointmentId, psychologist: expect.objectContaining({ id: anaId }) }),
    ]);
    const { appointment } = await ana.appointments.update(appointmentId, { status: 'confirmed', notes: 'first visit' });
    expect(appointment).toMatchObject({ id: appointmentId, status: 'confirmed', notes: 'first visit' });
  });

  it("another psychologist can neither see nor change Ana's appointment", async () => {
    const otherAuth = await newAuthUser(api.app, 'other@auth.test');
    const other = await api.admin.admin.psychologists.create({
      firstName: 'Otro',
      lastName: 'O',
      email: 'otro@clinic.test',
    });
    await api.app.db.owner.query('UPDATE psychologists SET auth_id = $1 WHERE id = $2', [otherAuth, other.id]);
    const client = api.signedIn(otherAuth);
    expect((await client.me.appointments()).data).toEqual([]);
    const error = await client.appointments.update(appointmentId, { notes: 'x' }).catch((e: unknown) => e);
    expect(isApiError(error) && [403, 404].includes(error.status)).toBe(true);
  });

  it('a signed-in patient sees their own appointments', async () => {
    const patientAuth = await newAuthUser(api.app, 'paula@auth.test');
    await api.app.db.owner.query('UPDATE users SET auth_id = $1 WHERE phone = $2', [patientAuth, '+34600111222']);
    const { data } = await api.signedIn(patientAuth).me.appointments();
    expect(data.map((a) => a.id)).toEqual([appointmentId]);
  });

  it('admin.appointments.list filters by psychologist and status', async () => {
    const { data } = await api.admin.admin.appointments.list({ psychologistId: anaId, status: 'confirmed' });
    expect(data.map((a) => a.id)).toEqual([appointmentId]);
    expect(data[0]).toMatchObject({ entryMethod: 'click_to_chat', patient: { firstName: 'Paula' } });
  });

  it('admin calls without a token are AuthenticationError, and as a psychologist PermissionDeniedError', async () => {
    await expect(api.anon.admin.appointments.list()).rejects.toBeInstanceOf(AuthenticationError);
    await expect(ana.admin.psychologists.list()).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(api.anon.reports.ab({ from: MONDAY, to: MONDAY })).rejects.toBeInstanceOf(AuthenticationError);
  });
});
