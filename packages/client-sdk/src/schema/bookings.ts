import * as z from 'zod';
import {
  AppointmentStatus,
  EntryMethod,
  freeText,
  Id,
  Instant,
  lineOfText,
  LocalDate,
  LocalTime,
  SessionId,
} from './common.js';

const name = lineOfText(100).min(1, 'is required');

export const PatientDetails = z.strictObject({
  firstName: name,
  lastName: name,
  /** Any common format; the server normalises to E.164 with the clinic's default country. */
  phone: lineOfText(30).min(4, 'is required'),
  email: z.email().max(100).optional(),
});
export type PatientDetails = z.infer<typeof PatientDetails>;

export const CreateBooking = z.strictObject({
  psychologistId: Id,
  date: LocalDate,
  startTime: LocalTime,
  entryMethod: EntryMethod,
  sessionId: SessionId.optional(),
  notes: freeText(2000).optional(),
  patient: PatientDetails,
});
export type CreateBooking = z.infer<typeof CreateBooking>;

/** An appointment as a patient or the public API sees it. */
export const Appointment = z.object({
  id: Id,
  psychologistId: Id,
  date: LocalDate,
  startTime: LocalTime,
  endTime: LocalTime,
  startsAt: Instant,
  endsAt: Instant,
  status: AppointmentStatus,
  entryMethod: EntryMethod,
});
export type Appointment = z.infer<typeof Appointment>;

export const BookingCreated = z.object({
  appointment: Appointment,
  /** Opaque token for the manage link: view, cancel or reschedule this one appointment. */
  manageToken: z.string(),
});
export type BookingCreated = z.infer<typeof BookingCreated>;

export const AppointmentEnvelope = z.object({ appointment: Appointment });
export type AppointmentEnvelope = z.infer<typeof AppointmentEnvelope>;

export const RescheduleBooking = z.strictObject({ date: LocalDate, startTime: LocalTime });
export type RescheduleBooking = z.infer<typeof RescheduleBooking>;

export const ManageTokenParam = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{22,100}$/, 'is not a manage token'),
});

/** Printable ASCII, as Stripe and the IETF draft use; long enough for a UUID or a hash. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** `POST /v1/bookings` reads one header; the others pass. */
export const BookingHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .regex(IDEMPOTENCY_KEY, 'must be 1–255 printable ASCII characters')
    .optional()
    .describe('Any unique string (e.g. a UUID). A retry with the same key and body returns the first response.'),
});
