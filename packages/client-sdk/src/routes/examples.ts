import type { Appointment } from '../schema/bookings.js';
import type { StaffAppointment } from '../schema/appointments.js';
import type { AdminPsychologist, AvailabilityWindow } from '../schema/psychologists.js';

// Example values the routes' documentation shows; shared so one booking reads the same everywhere.

export const APPOINTMENT = {
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

export const MANAGE_TOKEN = 'q7Yc1mB3xZ8vR2nK5tL0wE9s';

export const STAFF_APPOINTMENT = {
  ...APPOINTMENT,
  notes: null,
  patient: { id: 7, firstName: 'Lucía', lastName: 'García', phone: '+34600123456' },
  psychologist: { id: 1, firstName: 'Ana', lastName: 'Martín' },
  createdAt: '2026-03-06T09:12:00.000Z',
} as const satisfies StaffAppointment;

export const ADMIN_PSYCHOLOGIST = {
  id: 1,
  firstName: 'Ana',
  lastName: 'Martín',
  bio: 'Cognitive behavioural therapy for adults.',
  email: 'ana@clinic.example',
  phone: '+34600111222',
  isActive: true,
} as const satisfies AdminPsychologist;

export const WINDOW = {
  id: 3,
  psychologistId: 1,
  dayOfWeek: 1,
  startTime: '09:00',
  endTime: '14:00',
  isActive: true,
} as const satisfies AvailabilityWindow;
