import { StaffAppointmentList } from '../schema/appointments.js';
import {
  AdminPsychologist,
  AdminPsychologistList,
  AvailabilityList,
  AvailabilityWindow,
  type CreateAvailabilityWindow,
  type CreatePsychologist,
  type UpdateAvailabilityWindow,
  type UpdatePsychologist,
} from '../schema/psychologists.js';
import type { RequestOptions } from '../options.js';
import { path } from '../internal/path.js';
import type { Transport } from '../internal/transport.js';
import type { AppointmentQuery } from './staff.js';

// Writes are not retried: a create or delete that timed out may have happened (a repeated
// delete would then report 404); the admin page can reload the list instead.

function adminPsychologists(http: Transport) {
  return {
    /** Every psychologist, inactive ones included, with contact fields. */
    list: async (opts: RequestOptions = {}): Promise<AdminPsychologistList> =>
      http.request({
        method: 'GET',
        path: '/v1/admin/psychologists',
        response: { schema: AdminPsychologistList },
        retry: true,
        signal: opts.signal,
      }),
    get: async (id: number, opts: RequestOptions = {}): Promise<AdminPsychologist> =>
      http.request({
        method: 'GET',
        path: path`/v1/admin/psychologists/${id}`,
        response: { schema: AdminPsychologist },
        retry: true,
        signal: opts.signal,
      }),
    create: async (body: CreatePsychologist, opts: RequestOptions = {}): Promise<AdminPsychologist> =>
      http.request({
        method: 'POST',
        path: '/v1/admin/psychologists',
        body,
        response: { schema: AdminPsychologist },
        retry: false,
        signal: opts.signal,
      }),
    update: async (id: number, body: UpdatePsychologist, opts: RequestOptions = {}): Promise<AdminPsychologist> =>
      http.request({
        method: 'PATCH',
        path: path`/v1/admin/psychologists/${id}`,
        body,
        response: { schema: AdminPsychologist },
        retry: false,
        signal: opts.signal,
      }),
    remove: async (id: number, opts: RequestOptions = {}): Promise<void> =>
      http.request({
        method: 'DELETE',
        path: path`/v1/admin/psychologists/${id}`,
        response: { none: true },
        retry: false,
        signal: opts.signal,
      }),
  };
}

function adminAvailability(http: Transport) {
  const base = (psychologistId: number) => path`/v1/admin/psychologists/${psychologistId}/availability`;
  return {
    list: async (psychologistId: number, opts: RequestOptions = {}): Promise<AvailabilityList> =>
      http.request({
        method: 'GET',
        path: base(psychologistId),
        response: { schema: AvailabilityList },
        retry: true,
        signal: opts.signal,
      }),
    create: async (
      psychologistId: number,
      body: CreateAvailabilityWindow,
      opts: RequestOptions = {},
    ): Promise<AvailabilityWindow> =>
      http.request({
        method: 'POST',
        path: base(psychologistId),
        body,
        response: { schema: AvailabilityWindow },
        retry: false,
        signal: opts.signal,
      }),
    update: async (
      psychologistId: number,
      windowId: number,
      body: UpdateAvailabilityWindow,
      opts: RequestOptions = {},
    ): Promise<AvailabilityWindow> =>
      http.request({
        method: 'PATCH',
        path: base(psychologistId) + path`/${windowId}`,
        body,
        response: { schema: AvailabilityWindow },
        retry: false,
        signal: opts.signal,
      }),
    remove: async (psychologistId: number, windowId: number, opts: RequestOptions = {}): Promise<void> =>
      http.request({
        method: 'DELETE',
        path: base(psychologistId) + path`/${windowId}`,
        response: { none: true },
        retry: false,
        signal: opts.signal,
      }),
  };
}

/** Clinic administration; every call needs an admin token. */
export function adminResource(http: Transport) {
  return {
    psychologists: adminPsychologists(http),
    availability: adminAvailability(http),
    appointments: {
      /** `GET /v1/admin/appointments`: every appointment, filtered. */
      list: async (query: AppointmentQuery = {}, opts: RequestOptions = {}): Promise<StaffAppointmentList> =>
        http.request({
          method: 'GET',
          path: '/v1/admin/appointments',
          query,
          response: { schema: StaffAppointmentList },
          retry: true,
          signal: opts.signal,
        }),
    },
  };
}
