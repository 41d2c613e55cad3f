import type { Appointment } from '@psybook/client-sdk/schema';
import type { Config } from '../platform/config.js';
import type { Queryable } from '../platform/db/types.js';
import { findAppointment, lockAppointment, moveAppointment } from './store/appointments.js';
import { EXCLUSION_VIOLATION, sqlState } from '../platform/db/rows.js';
import { toAppointment } from './appointment-view.js';
import { bookableSlot } from './bookable.js';
import { BookingNotFound, NotReschedulable, SlotTaken } from './errors.js';
import { appointmentIdOfToken } from './manage-tokens.js';
import { withSavepoint } from '../platform/db/savepoint.js';
import { changeAppointmentStatus } from './appointment-status.js';

type Ctx = { config: Config; now: Date };

async function appointmentIdFor(tx: Queryable, token: string): Promise<number> {
  const id = await appointmentIdOfToken(tx, token);
  if (id === undefined) throw new BookingNotFound();
  return id;
}

/** The appointment a manage token opens. Run as role `service`. */
export async function viewBooking(tx: Queryable, token: string, ctx: Ctx): Promise<Appointment> {
  const row = await findAppointment(tx, await appointmentIdFor(tx, token));
  if (!row) throw new BookingNotFound();
  return toAppointment(row, ctx.config.CLINIC_TIMEZONE);
}

/**
 * Cancels the appointment, freeing its time (the exclusion constraint covers only live
 * appointments). Cancelling again is a no-op; a completed appointment cannot be cancelled.
 */
export async function cancelBooking(tx: Queryable, token: string, ctx: Ctx): Promise<Appointment> {
  const id = await appointmentIdFor(tx, token);
  const row = await changeAppointmentStatus(tx, id, 'cancelled');
  if (!row) throw new BookingNotFound();
  return toAppointment(row, ctx.config.CLINIC_TIMEZONE);
}

/**
 * Moves the appointment to another free slot of the same psychologist in one UPDATE: the new
 * time is taken and the old freed together, or (`SlotTaken`, `OutsideAvailability` …) nothing changes.
 */
export async function rescheduleBooking(
  tx: Queryable,
  token: string,
  to: { date: string; startTime: string },
  ctx: Ctx,
): Promise<Appointment> {
  const current = await lockAppointment(tx, await appointmentIdFor(tx, token));
  if (!current) throw new BookingNotFound();
  if (current.status !== 'scheduled' && current.status !== 'confirmed') {
    throw new NotReschedulable(current.status);
  }
  const times = await bookableSlot(tx, { psychologistId: current.psychologist_id, ...to }, ctx);
  try {
    const row = await withSavepoint(tx, 'psybook_reschedule', () =>
      moveAppointment(tx, current.id, { date: to.date, ...times }),
    );
    return toAppointment(row!, ctx.config.CLINIC_TIMEZONE);
  } catch (error) {
    if (sqlState(error) === EXCLUSION_VIOLATION) throw new SlotTaken();
    throw error;
  }
}
