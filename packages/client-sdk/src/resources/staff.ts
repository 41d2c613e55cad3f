import type {
  AppointmentListQuery,
  StaffAppointmentEnvelope,
  StaffAppointmentList,
  UpdateAppointment,
} from '../schema/appointments.js';
import type { RequestOptions } from '../options.js';
import { call } from '../internal/call.js';
import type { Transport } from '../internal/transport.js';
import { listMyAppointments, updateAppointment } from '../routes/staff.js';

/** Filters for appointment lists (dates are clinic-local, inclusive). */
export type AppointmentQuery = { [K in keyof AppointmentListQuery]?: AppointmentListQuery[K] | undefined };

/** `GET /v1/me/appointments`: the signed-in patient's or psychologist's own appointments. */
export function meResource(http: Transport) {
  return {
    appointments: async (query: AppointmentQuery = {}, opts: RequestOptions = {}): Promise<StaffAppointmentList> =>
      call(http, listMyAppointments, { query }, opts),
  };
}

/** `PATCH /v1/appointments/:id`: a psychologist (or admin) changes status or notes. Not retried. */
export function appointmentsResource(http: Transport) {
  return {
    update: async (id: number, body: UpdateAppointment, opts: RequestOptions = {}): Promise<StaffAppointmentEnvelope> =>
      call(http, updateAppointment, { params: { id }, body }, opts),
  };
}
