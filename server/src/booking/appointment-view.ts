import type { Appointment, StaffAppointment } from '@psybook/client-sdk/schema';
import type { AppointmentRow } from './store/appointments.js';
import type { StaffRow } from './store/appointments.js';
import { hhmm } from '../platform/db/rows.js';
import { minutesOf, zonedDay } from './clinic-time.js';

/**
 * The public shape of an appointment row, with its exact instants in the clinic's zone.
 * A wall time skipped by a clock change (only possible for rows written outside the API)
 * reads as the same time an hour later, as JavaScript dates do.
 */
export function toAppointment(row: AppointmentRow, timeZone: string): Appointment {
  const resolve = zonedDay(row.date, timeZone);
  const instant = (time: string) => {
    const minutes = minutesOf(time);
    return (resolve(minutes) ?? resolve(minutes + 60))!.iso;
  };
  return {
    id: row.id,
    psychologistId: row.psychologist_id,
    date: row.date,
    startTime: hhmm(row.start_time),
    endTime: hhmm(row.end_time),
    startsAt: instant(row.start_time),
    endsAt: instant(row.end_time),
    status: row.status,
    entryMethod: row.entry_method,
  };
}

/** What staff and the signed-in patient see; names the caller may not read come back empty. */
export function toStaffAppointment(row: StaffRow, timeZone: string): StaffAppointment {
  return {
    ...toAppointment(row, timeZone),
    notes: row.notes,
    clinicalNotes: row.clinical_notes,
    createdAt: row.created_at,
    patient: {
      id: row.patient_id,
      firstName: row.patient_first_name ?? '',
      lastName: row.patient_last_name ?? '',
      phone: row.patient_phone ?? '',
    },
    psychologist: {
      id: row.psychologist_id,
      firstName: row.psychologist_first_name ?? '',
      lastName: row.psychologist_last_name ?? '',
    },
  };
}
