import {
  StaffAppointmentEnvelope,
  StaffAppointmentList,
  type AppointmentListQuery,
  type UpdateAppointment,
} from '../schema/appointments.js';
import type { RequestOptions } from '../options.js';
import { path } from '../internal/path.js';
import type { Transport } from '../internal/transport.js';

/** Filters for appointment lists (dates are clinic-local, inclusive). */
export type AppointmentQuery = { [K in keyof AppointmentListQuery]?: AppointmentListQuery[K] | undefined };

/** `GET /v1/me/appointments`: the signed-in patient's or psychologist's own appointments. */
export function meResource(http: Transport) {
  return {
    appointments: async (query: AppointmentQuery = {}, opts: RequestOptions = {}): Promise<StaffAppointmentList> =>
      http.request({
        method: 'GET',
        path: '/v1/me/appointments',
        query,
        response: { schema: StaffAppointmentList },
        retry: true,
        signal: opts.signal,
      }),
  };
}

/** `PATCH /v1/appointments/:id`: a psychologist (or admin) changes status or notes. */
export function appointmentsResource(http: Transport) {
  return {
    update: async (id: number, body: UpdateAppointment, opts: RequestOptions = {}): Promise<StaffAppointmentEnvelope> =>
      http.request({
        method: 'PATCH',
        path: path`/v1/appointments/${id}`,
        body,
        response: { schema: StaffAppointmentEnvelope },
        retry: false,
        signal: opts.signal,
      }),
  };
}
