import type { Appointment, EntryMethod } from '@psybook/client-sdk/schema';
import type { Config } from '../platform/config.js';
import type { Queryable } from '../platform/db/types.js';
import { InvalidInput } from '../platform/errors.js';
import { insertAppointment, lockAndCountUpcomingOfPhone } from './store/appointments.js';
import { findOrCreatePatient } from './store/patients.js';
import { EXCLUSION_VIOLATION, sqlState } from '../platform/db/rows.js';
import { toAppointment } from './appointment-view.js';
import { bookableSlot } from './bookable.js';
import { SlotTaken, TooManyBookings } from './errors.js';
import { withSavepoint } from '../platform/db/savepoint.js';

export { normalisePhone } from './phone.js';

export interface BookingInput {
  psychologistId: number;
  /** Clinic-local `YYYY-MM-DD`. */
  date: string;
  /** Clinic-local `HH:MM`. */
  startTime: string;
  entryMethod: EntryMethod;
  notes?: string | undefined;
  patient: {
    firstName: string;
    lastName: string;
    /** E.164, e.g. from `normalisePhone`. */
    phone: string;
    email?: string | undefined;
  };
}

const E164 = /^\+[1-9][0-9]{6,14}$/;

/**
 * Books one slot for a patient found or created by phone, inside the caller's transaction
 * (role `service` for the web form, `whatsapp_service` for the bot; their policies allow it).
 *
 * Throws `NotFound` (unknown or inactive psychologist), `BadTiming` (`in_the_past`, `too_soon`,
 * `beyond_horizon`), `OutsideAvailability`, `TooManyBookings` (MAX_UPCOMING_PER_PHONE), or
 * `SlotTaken` when the exclusion constraint
 * refuses the insert. The insert runs in a SAVEPOINT, so after `SlotTaken` the caller's
 * transaction is still usable (to offer other times).
 */
export async function createBooking(
  tx: Queryable,
  input: BookingInput,
  ctx: { config: Config; now: Date },
): Promise<{ appointment: Appointment; patientId: number }> {
  if (!E164.test(input.patient.phone)) {
    throw new InvalidInput([{ field: 'patient.phone', message: 'must be in E.164 format, e.g. +34600123456' }]);
  }
  const times = await bookableSlot(tx, input, ctx);
  const max = ctx.config.MAX_UPCOMING_PER_PHONE;
  const zone = ctx.config.CLINIC_TIMEZONE;
  if ((await lockAndCountUpcomingOfPhone(tx, input.patient.phone, ctx.now, zone)) >= max)
    throw new TooManyBookings(max);
  try {
    // The patient record is made inside the savepoint too: one who loses the slot race leaves none.
    const { row, patientId } = await withSavepoint(tx, 'psybook_booking', async () => {
      const patientId = await findOrCreatePatient(tx, input.patient);
      const row = await insertAppointment(tx, {
        userId: patientId,
        psychologistId: input.psychologistId,
        date: input.date,
        startTime: times.startTime,
        endTime: times.endTime,
        entryMethod: input.entryMethod,
        notes: input.notes,
      });
      return { row, patientId };
    });
    return { appointment: toAppointment(row, ctx.config.CLINIC_TIMEZONE), patientId };
  } catch (error) {
    if (sqlState(error) === EXCLUSION_VIOLATION) throw new SlotTaken();
    throw error;
  }
}
