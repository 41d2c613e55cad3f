import type { AppointmentListQuery, StaffAppointment, UpdateAppointment } from '@psybook/client-sdk/schema';
import type { Queryable } from '../platform/db/types.js';
import { notFound } from '../platform/http/problem.js';
import { listStaffRows, updateStatusAndNotes } from '../booking/store/staff-appointments.js';
import { toStaffAppointment } from '../booking/appointment-view.js';
import { withTransitionCheck } from '../booking/appointment-status.js';

/** The appointments the caller's policies let it see, filtered. */
export async function listAppointmentsFor(
  tx: Queryable,
  query: AppointmentListQuery,
  timeZone: string,
): Promise<StaffAppointment[]> {
  const rows = await listStaffRows(tx, query);
  return rows.map((row) => toStaffAppointment(row, timeZone));
}

/**
 * Changes status and/or notes as the caller; the policies decide whether it may touch this
 * appointment (404 when it may not even see it), the trigger which status changes are allowed.
 */
export async function updateAppointmentAs(
  tx: Queryable,
  id: number,
  change: UpdateAppointment,
  timeZone: string,
): Promise<StaffAppointment> {
  const updated = await withTransitionCheck(() => updateStatusAndNotes(tx, id, change));
  const [row] = updated ? await listStaffRows(tx, { id }) : [];
  if (!row) throw notFound('Appointment');
  return toStaffAppointment(row, timeZone);
}
