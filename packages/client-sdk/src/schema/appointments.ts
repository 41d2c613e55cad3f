import * as z from 'zod';
import { Appointment } from './bookings.js';
import { AppointmentStatus, freeText, Id, LocalDate } from './common.js';

/** What staff and the signed-in patient see: the appointment plus who it is with. */
export const StaffAppointment = Appointment.extend({
  /** What the patient wrote when booking: theirs to read and change. */
  notes: z.string().nullable(),
  /**
   * The psychologist's private notes on the session (health data): only that psychologist and
   * admins can read them; `null` for everyone else, and where there are none.
   */
  clinicalNotes: z.string().nullable(),
  patient: z.object({ id: Id, firstName: z.string(), lastName: z.string(), phone: z.string() }),
  psychologist: z.object({ id: Id, firstName: z.string(), lastName: z.string() }),
  createdAt: z.string(),
});
export type StaffAppointment = z.infer<typeof StaffAppointment>;

export const StaffAppointmentList = z.object({ data: z.array(StaffAppointment) });
export type StaffAppointmentList = z.infer<typeof StaffAppointmentList>;

/** `PATCH /v1/appointments/:id` answers with the changed appointment. */
export const StaffAppointmentEnvelope = z.object({ appointment: StaffAppointment });
export type StaffAppointmentEnvelope = z.infer<typeof StaffAppointmentEnvelope>;

export const UpdateAppointment = z
  .strictObject({
    status: AppointmentStatus.optional(),
    notes: freeText(5000).nullable().optional(),
    /** The session's private clinical notes (psychologist of the session or admin only); null erases. */
    clinicalNotes: freeText(20_000).nullable().optional(),
  })
  .refine((body) => body.status !== undefined || body.notes !== undefined || body.clinicalNotes !== undefined, {
    message: 'give status, notes or clinicalNotes',
  });
export type UpdateAppointment = z.infer<typeof UpdateAppointment>;

export const AppointmentListQuery = z.strictObject({
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  status: AppointmentStatus.optional(),
  psychologistId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  /** At most this many, earliest first. @default 200 */
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
export type AppointmentListQuery = z.infer<typeof AppointmentListQuery>;
