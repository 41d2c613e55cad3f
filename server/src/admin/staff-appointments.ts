import type { AppointmentListQuery, StaffAppointment, UpdateAppointment } from '@psybook/client-sdk/schema';
import type { Queryable } from '../platform/db/types.js';
import { Forbidden, NotFound } from '../platform/errors.js';

/** Postgres' insufficient_privilege: here, a row policy refused the write. */
const INSUFFICIENT_PRIVILEGE = '42501';

async function asForbidden(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (sqlState(error) !== INSUFFICIENT_PRIVILEGE) throw error;
    throw new Forbidden(SESSION_NOTES_ONLY);
  }
}
import {
  listStaffRows,
  SESSION_NOTES_ONLY,
  setAppointmentNotes,
  setSessionNotes,
} from '../booking/store/appointments.js';
import { sqlState } from '../platform/db/rows.js';
import { toStaffAppointment } from '../booking/appointment-view.js';
import { changeAppointmentStatus } from '../booking/appointment-status.js';

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
 * Changes status and/or notes as the caller, in its transaction; the policies decide whether
 * it may touch this appointment (`NotFound` when it may not even see it), the transition
 * trigger which status changes are allowed.
 */
export async function updateAppointmentAs(
  tx: Queryable,
  id: number,
  change: UpdateAppointment,
  timeZone: string,
): Promise<StaffAppointment> {
  let found = true;
  if (change.status !== undefined) found = (await changeAppointmentStatus(tx, id, change.status)) !== undefined;
  if (found && change.notes !== undefined) found = await setAppointmentNotes(tx, id, change.notes);
  if (found && change.clinicalNotes !== undefined) {
    // Only a caller who can see the appointment gets this far; the policies decide the rest.
    const [visible] = await listStaffRows(tx, { id });
    if (!visible) found = false;
    else await asForbidden(() => setSessionNotes(tx, id, change.clinicalNotes ?? null));
  }
  const [row] = found ? await listStaffRows(tx, { id }) : [];
  if (!row) throw new NotFound('Appointment');
  return toStaffAppointment(row, timeZone);
}
