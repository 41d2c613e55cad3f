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
import { getJson, write } from '../internal/calls.js';
import { path } from '../internal/path.js';
import type { Transport } from '../internal/transport.js';
import type { AppointmentQuery } from './staff.js';

// Writes are not retried: a create or delete that timed out may have happened (a repeated
// delete would then report 404); the admin page can reload the list instead.

function adminPsychologists(http: Transport) {
  const one = (id: number) => path`/v1/admin/psychologists/${id}`;
  return {
    /** Every psychologist, inactive ones included, with contact fields. */
    list: async (opts: RequestOptions = {}): Promise<AdminPsychologistList> =>
      getJson(http, '/v1/admin/psychologists', AdminPsychologistList, opts),
    get: async (id: number, opts: RequestOptions = {}): Promise<AdminPsychologist> =>
      getJson(http, one(id), AdminPsychologist, opts),
    create: async (body: CreatePsychologist, opts: RequestOptions = {}): Promise<AdminPsychologist> =>
      write(http, 'POST', '/v1/admin/psychologists', body, AdminPsychologist, opts),
    update: async (id: number, body: UpdatePsychologist, opts: RequestOptions = {}): Promise<AdminPsychologist> =>
      write(http, 'PATCH', one(id), body, AdminPsychologist, opts),
    /** Refused with a `ConflictError` (`psychologist_has_appointments`) while they have appointments. */
    remove: async (id: number, opts: RequestOptions = {}): Promise<void> =>
      write(http, 'DELETE', one(id), undefined, undefined, opts),
  };
}

function adminAvailability(http: Transport) {
  const all = (psychologistId: number) => path`/v1/admin/psychologists/${psychologistId}/availability`;
  const one = (psychologistId: number, windowId: number) => all(psychologistId) + path`/${windowId}`;
  return {
    list: async (psychologistId: number, opts: RequestOptions = {}): Promise<AvailabilityList> =>
      getJson(http, all(psychologistId), AvailabilityList, opts),
    create: async (
      psychologistId: number,
      body: CreateAvailabilityWindow,
      opts: RequestOptions = {},
    ): Promise<AvailabilityWindow> => write(http, 'POST', all(psychologistId), body, AvailabilityWindow, opts),
    update: async (
      psychologistId: number,
      windowId: number,
      body: UpdateAvailabilityWindow,
      opts: RequestOptions = {},
    ): Promise<AvailabilityWindow> =>
      write(http, 'PATCH', one(psychologistId, windowId), body, AvailabilityWindow, opts),
    remove: async (psychologistId: number, windowId: number, opts: RequestOptions = {}): Promise<void> =>
      write(http, 'DELETE', one(psychologistId, windowId), undefined, undefined, opts),
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
        getJson(http, '/v1/admin/appointments', StaffAppointmentList, opts, query),
    },
  };
}
