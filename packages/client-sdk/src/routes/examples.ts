import type * as z from 'zod';
import type { StaffAppointment } from '../schema/appointments.js';
import type { Appointment } from '../schema/bookings.js';
import type { AdminPsychologist, AvailabilityWindow } from '../schema/psychologists.js';
import type { AbReport } from '../schema/reports.js';
import type * as admin from './admin.js';
import type * as bookings from './bookings.js';
import type * as experiments from './experiments.js';
import type * as operators from './operators.js';
import type * as publicRoutes from './public.js';
import type { BodyOf, Route } from './route.js';
import type * as staff from './staff.js';
import type * as whatsapp from './whatsapp.js';

// The reference's examples, by operationId. They sit beside the table rather than in its entries
// because the SDK imports every entry into browser bundles, and examples are for readers only;
// the types below still check each one against its route's schemas.

type Table = typeof publicRoutes &
  typeof bookings &
  typeof staff &
  typeof admin &
  typeof experiments &
  typeof whatsapp &
  typeof operators;

/** A route's examples: its path and query parameters by name, its request body and its success answer. */
export interface RouteExamples<R extends Route = Route> {
  parameters?: Readonly<Record<string, string | number>>;
  body?: BodyOf<R>;
  ok?: R['ok']['schema'] extends z.ZodType ? z.input<R['ok']['schema']> : string;
}

const APPOINTMENT = {
  id: 42,
  psychologistId: 1,
  date: '2026-03-09',
  startTime: '10:00',
  endTime: '10:50',
  startsAt: '2026-03-09T10:00:00+01:00',
  endsAt: '2026-03-09T10:50:00+01:00',
  status: 'scheduled',
  entryMethod: 'web_form',
} as const satisfies Appointment;

const MANAGE_TOKEN = 'q7Yc1mB3xZ8vR2nK5tL0wE9s';

const STAFF_APPOINTMENT = {
  ...APPOINTMENT,
  notes: null,
  clinicalNotes: null,
  patient: { id: 7, firstName: 'Lucía', lastName: 'García', phone: '+34600123456' },
  psychologist: { id: 1, firstName: 'Ana', lastName: 'Martín' },
  createdAt: '2026-03-06T09:12:00.000Z',
} as const satisfies StaffAppointment;

const ADMIN_PSYCHOLOGIST = {
  id: 1,
  firstName: 'Ana',
  lastName: 'Martín',
  bio: 'Cognitive behavioural therapy for adults.',
  email: 'ana@clinic.example',
  phone: '+34600111222',
  isActive: true,
} as const satisfies AdminPsychologist;

const WINDOW = {
  id: 3,
  psychologistId: 1,
  dayOfWeek: 1,
  startTime: '09:00',
  endTime: '14:00',
  isActive: true,
} as const satisfies AvailabilityWindow;

const REPORT_EXAMPLE: AbReport = {
  from: '2026-02-01',
  to: '2026-02-28',
  arms: [
    {
      entryMethod: 'web_form',
      sessions: 480,
      steps: { widget_view: 480, booking_confirmed: 41 },
      conversions: 41,
      conversionRate: 0.0854,
      ci95: [0.0636, 0.1138],
      medianTimeToBookMs: 182000,
      p90TimeToBookMs: 540000,
    },
    {
      entryMethod: 'click_to_chat',
      sessions: 472,
      steps: { widget_view: 472, chat_completed: 52 },
      conversions: 52,
      conversionRate: 0.1102,
      ci95: [0.0849, 0.1418],
      medianTimeToBookMs: 305000,
      p90TimeToBookMs: 1260000,
    },
  ],
  comparison: { difference: -0.0248, zScore: -1.28, pValue: 0.2 },
  daily: [{ date: '2026-02-01', entryMethod: 'web_form', sessions: 17, conversions: 2 }],
};

export const EXAMPLES: { [K in keyof Table]?: RouteExamples<Table[K]> } = {
  getConfig: {
    ok: {
      clinicName: 'Clínica Serena',
      timezone: 'Europe/Madrid',
      whatsappNumber: '+34600000000',
      experiment: { webFormShare: 0.5 },
      sessionMinutes: 50,
      bookingHorizonDays: 60,
      defaultCountry: 'ES',
    },
  },
  listPsychologists: {
    ok: { data: [{ id: 1, firstName: 'Ana', lastName: 'Martín', bio: 'Cognitive behavioural therapy.' }] },
  },
  listSlots: {
    parameters: { id: 1, from: '2026-03-09', to: '2026-03-15' },
    ok: {
      timezone: 'Europe/Madrid',
      data: [
        {
          date: '2026-03-09',
          startTime: '10:00',
          endTime: '10:50',
          startsAt: '2026-03-09T10:00:00+01:00',
          endsAt: '2026-03-09T10:50:00+01:00',
        },
      ],
    },
  },
  createBooking: {
    body: {
      psychologistId: 1,
      date: '2026-03-09',
      startTime: '10:00',
      entryMethod: 'web_form',
      sessionId: 'sess_4f9a2c7e1b',
      patient: { firstName: 'Lucía', lastName: 'García', phone: '+34 600 12 34 56', email: 'lucia@example.com' },
    },
    ok: { appointment: APPOINTMENT, manageToken: MANAGE_TOKEN },
  },
  getBooking: {
    parameters: { token: MANAGE_TOKEN },
    ok: { appointment: APPOINTMENT },
  },
  cancelBooking: {
    parameters: { token: MANAGE_TOKEN },
    ok: { appointment: { ...APPOINTMENT, status: 'cancelled' } },
  },
  rescheduleBooking: {
    parameters: { token: MANAGE_TOKEN },
    body: { date: '2026-03-10', startTime: '12:00' },
    ok: { appointment: APPOINTMENT },
  },
  listMyAppointments: {
    parameters: { from: '2026-03-01', to: '2026-03-31', status: 'scheduled', limit: 50 },
    ok: { data: [STAFF_APPOINTMENT] },
  },
  updateAppointment: {
    parameters: { id: 42 },
    body: { status: 'confirmed', clinicalNotes: 'First session: intake done.' },
    ok: {
      appointment: { ...STAFF_APPOINTMENT, status: 'confirmed', clinicalNotes: 'First session: intake done.' },
    },
  },
  listAdminPsychologists: {
    ok: { data: [ADMIN_PSYCHOLOGIST] },
  },
  createPsychologist: {
    body: { firstName: 'Ana', lastName: 'Martín', email: 'ana@clinic.example', phone: '+34600111222' },
    ok: ADMIN_PSYCHOLOGIST,
  },
  getAdminPsychologist: {
    parameters: { id: 1 },
    ok: ADMIN_PSYCHOLOGIST,
  },
  updatePsychologist: {
    parameters: { id: 1 },
    body: { isActive: false },
    ok: { ...ADMIN_PSYCHOLOGIST, isActive: false },
  },
  deletePsychologist: {
    parameters: { id: 1 },
  },
  listAvailability: {
    parameters: { id: 1 },
    ok: { data: [WINDOW] },
  },
  createAvailabilityWindow: {
    parameters: { id: 1 },
    body: { dayOfWeek: 1, startTime: '09:00', endTime: '14:00' },
    ok: WINDOW,
  },
  updateAvailabilityWindow: {
    parameters: { id: 1, windowId: 3 },
    body: { endTime: '15:00' },
    ok: { ...WINDOW, endTime: '15:00' },
  },
  deleteAvailabilityWindow: {
    parameters: { id: 1, windowId: 3 },
  },
  listAdminAppointments: {
    parameters: { from: '2026-03-01', to: '2026-03-31', psychologistId: 1 },
    ok: { data: [STAFF_APPOINTMENT] },
  },
  sendMetrics: {
    body: {
      events: [
        { sessionId: 'sess_4f9a2c7e1b', entryMethod: 'web_form', eventType: 'widget_view', timeTaken: 0 },
        {
          sessionId: 'sess_4f9a2c7e1b',
          entryMethod: 'web_form',
          eventType: 'psychologist_selected',
          timeTaken: 4200,
          data: { psychologistId: 1 },
        },
      ],
    },
    ok: { accepted: 2 },
  },
  getAbReport: {
    parameters: { from: '2026-02-01', to: '2026-02-28', format: 'json' },
    ok: REPORT_EXAMPLE,
  },
  getDemoDataFlag: {
    parameters: { from: '2026-02-01', to: '2026-02-28' },
    ok: { demo: false },
  },
  verifyWhatsappWebhook: {
    parameters: { 'hub.mode': 'subscribe', 'hub.verify_token': 'my-verify-token', 'hub.challenge': '1158201444' },
    ok: '1158201444',
  },
  receiveWhatsappWebhook: {
    body: {
      object: 'whatsapp_business_account',
      entry: [{ id: '102290129340398', changes: [] }],
    },
    ok: { received: true, messages: 1, duplicates: 0, statuses: 0, failed: 0 },
  },
  getHealth: {
    ok: { status: 'ok' },
  },
  getReadiness: {
    ok: { status: 'ready', database: 'postgres' },
  },
};
