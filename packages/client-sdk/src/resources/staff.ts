import {
  StaffAppointmentEnvelope,
  StaffAppointmentList,
  type AppointmentListQuery,
  type UpdateAppointment,
} from '../schema/appointments.js';
import type { RequestOptions } from '../options.js';
import { getJson, write } from '../internal/calls.js';
import { path } from '../internal/path.js';
import type { Transport } from '../internal/transport.js';

/** Filters for appointment lists (dates are clinic-local, inclusive). */
export type AppointmentQuery = { [K in keyof AppointmentListQuery]?: AppointmentListQuery[K] | undefined };

/** `GET /v1/me/appointments`: the signed-in patient's or psychologist's own appointments. */
export function meResource(http: Transport) {
  return {
    appointments: async (query: AppointmentQuery = {}, opts: RequestOptions = {}): Promise<StaffAppointmentList> =>
      getJson(http, '/v1/me/appointments', StaffAppointmentList, opts, query),
  };
}

/** `PATCH /v1/appointments/:id`: a psychologist (or admin) changes status or notes. Not retried. */
export function appointmentsResource(http: Transport) {
  return {
    update: async (id: number, body: UpdateAppointment, opts: RequestOptions = {}): Promise<StaffAppointmentEnvelope> =>
      write(http, 'PATCH', path`/v1/appointments/${id}`, body, StaffAppointmentEnvelope, opts),
  };
}
