import type { Queryable } from '../platform/db/types.js';
import { CHECK_VIOLATION, constraintOf, sqlState } from '../platform/db/rows.js';
import { InvalidTransition } from './errors.js';
import { setAppointmentStatus, type AppointmentRow } from './store/appointments.js';

/**
 * Every status change of an appointment, from every channel (manage link, staff, WhatsApp),
 * goes through here. The database trigger `appointments_status_transition` decides which
 * changes the domain allows; its refusal becomes `InvalidTransition`. Returns `undefined`
 * when the caller's policies show no such appointment.
 */
export async function changeAppointmentStatus(
  tx: Queryable,
  id: number,
  status: AppointmentRow['status'],
): Promise<AppointmentRow | undefined> {
  try {
    return await setAppointmentStatus(tx, id, status);
  } catch (error) {
    if (sqlState(error) === CHECK_VIOLATION && constraintOf(error) === 'appointments_status_transition') {
      throw new InvalidTransition((error as Error).message);
    }
    throw error;
  }
}
