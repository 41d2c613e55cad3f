import { describe, expectTypeOf, it } from 'vitest';
import {
  createClient,
  createTracker,
  assignVariant,
  isApiError,
  isConflictError,
  type AbReport,
  type AdminPsychologist,
  type Appointment,
  type AppointmentStatus,
  type AvailabilityWindow,
  type BookingCreated,
  type ClinicConfig,
  type ConflictError,
  type EntryMethod,
  type FieldError,
  type MetricsAccepted,
  type PsychologistList,
  type Slot,
  type StaffAppointment,
} from '../src/index.js';

// These assertions are checked by `tsc -p packages/client-sdk` (part of `npm run typecheck`);
// the bad calls sit in functions that never run, so vitest only confirms the file loads.
const client = createClient({ baseUrl: 'https://api.psybook.test' });
const tracker = createTracker({ client, sessionId: 'sess_0123456789', entryMethod: 'web_form' });

describe('types', () => {
  it('types every response by the contract', () => {
    expectTypeOf(client.config.get).returns.resolves.toEqualTypeOf<ClinicConfig>();
    expectTypeOf(client.psychologists.list).returns.resolves.toEqualTypeOf<PsychologistList>();
    expectTypeOf(client.slots.list).returns.resolves.toEqualTypeOf<{ timezone: string; data: Slot[] }>();
    expectTypeOf(client.bookings.create).returns.resolves.toEqualTypeOf<BookingCreated>();
    expectTypeOf(client.bookings.cancel).returns.resolves.toEqualTypeOf<{ appointment: Appointment }>();
    expectTypeOf(client.bookings.reschedule).returns.resolves.toEqualTypeOf<{ appointment: Appointment }>();
    expectTypeOf<
      Awaited<ReturnType<typeof client.bookings.get>>['appointment']['status']
    >().toEqualTypeOf<AppointmentStatus>();
    expectTypeOf(client.me.appointments).returns.resolves.toEqualTypeOf<{ data: StaffAppointment[] }>();
    expectTypeOf(client.appointments.update).returns.resolves.toEqualTypeOf<{ appointment: StaffAppointment }>();
    expectTypeOf(client.admin.psychologists.list).returns.resolves.toEqualTypeOf<{ data: AdminPsychologist[] }>();
    expectTypeOf(client.admin.psychologists.create).returns.resolves.toEqualTypeOf<AdminPsychologist>();
    expectTypeOf(client.admin.psychologists.remove).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(client.admin.availability.create).returns.resolves.toEqualTypeOf<AvailabilityWindow>();
    expectTypeOf(client.admin.appointments.list).returns.resolves.toEqualTypeOf<{ data: StaffAppointment[] }>();
    expectTypeOf(client.reports.ab).returns.resolves.toEqualTypeOf<AbReport>();
    expectTypeOf(client.reports.abCsv).returns.resolves.toEqualTypeOf<string>();
    expectTypeOf(client.metrics.send).returns.resolves.toEqualTypeOf<MetricsAccepted>();
    expectTypeOf(assignVariant).returns.toEqualTypeOf<EntryMethod>();
    expectTypeOf(tracker.flush).returns.toEqualTypeOf<Promise<void>>();
  });

  it('narrows errors through the guards', () => {
    const error: unknown = new Error('x');
    if (isConflictError(error)) {
      expectTypeOf(error).toEqualTypeOf<ConflictError>();
      expectTypeOf(error.code).toEqualTypeOf<string>();
      expectTypeOf(error.name).toEqualTypeOf<'ConflictError'>();
    }
    if (isApiError(error)) {
      expectTypeOf(error.status).toEqualTypeOf<number>();
      expectTypeOf(error.fields).toEqualTypeOf<readonly FieldError[]>();
    }
  });

  it('refuses bad calls at compile time', () => {
    const neverRun = () => {
      // @ts-expect-error baseUrl is required
      createClient({});
      // @ts-expect-error an access token is a string or a function, not a number
      createClient({ baseUrl: 'x', accessToken: 42 });
      // @ts-expect-error slots need a psychologist
      void client.slots.list({ from: '2026-12-01', to: '2026-12-07' });
      // @ts-expect-error ids are numbers
      void client.slots.list({ psychologistId: '1', from: '2026-12-01', to: '2026-12-07' });
      void client.bookings.create({
        psychologistId: 1,
        date: '2026-12-01',
        startTime: '09:00',
        // @ts-expect-error only the two experiment arms exist
        entryMethod: 'phone',
        patient: { firstName: 'Ana', lastName: 'García', phone: '+34600123456' },
      });
      // @ts-expect-error the patient's details are required
      void client.bookings.create({
        psychologistId: 1,
        date: '2026-12-01',
        startTime: '09:00',
        entryMethod: 'web_form',
      });
      // @ts-expect-error reschedule needs a date and a time
      void client.bookings.reschedule('token', { date: '2026-12-01' });
      // @ts-expect-error not a status
      void client.appointments.update(1, { status: 'done' });
      // @ts-expect-error the report needs a range
      void client.reports.ab({ from: '2026-12-01' });
      // @ts-expect-error not an event type
      tracker.track('page_scrolled');
      // @ts-expect-error events carry no personal data
      tracker.track('details_submitted', { name: 'Ana' });
      // @ts-expect-error signal must be an AbortSignal
      void client.config.get({ signal: 'stop' });
    };
    expectTypeOf(neverRun).toBeFunction();
  });
});
