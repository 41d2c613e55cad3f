import type { StaffAppointmentList } from '../schema/appointments.js';
import type {
  AdminPsychologist,
  AdminPsychologistList,
  AvailabilityList,
  AvailabilityWindow,
  CreateAvailabilityWindow,
  CreatePsychologist,
  UpdateAvailabilityWindow,
  UpdatePsychologist,
} from '../schema/psychologists.js';
import type { RequestOptions } from '../options.js';
import { call } from '../internal/call.js';
import type { Transport } from '../internal/transport.js';
import * as routes from '../routes/admin.js';
import type { AppointmentQuery } from './staff.js';

// Writes are not retried: a create or delete that timed out may have happened (a repeated
// delete would then report 404); the admin page can reload the list instead.

function adminPsychologists(http: Transport) {
  return {
    /** Every psychologist, inactive ones included, with contact fields. */
    list: async (opts: RequestOptions = {}): Promise<AdminPsychologistList> =>
      call(http, routes.listAdminPsychologists, {}, opts),
    get: async (id: number, opts: RequestOptions = {}): Promise<AdminPsychologist> =>
      call(http, routes.getAdminPsychologist, { params: { id } }, opts),
    create: async (body: CreatePsychologist, opts: RequestOptions = {}): Promise<AdminPsychologist> =>
      call(http, routes.createPsychologist, { body }, opts),
    update: async (id: number, body: UpdatePsychologist, opts: RequestOptions = {}): Promise<AdminPsychologist> =>
      call(http, routes.updatePsychologist, { params: { id }, body }, opts),
    /** Refused with a `ConflictError` (`psychologist_has_appointments`) while they have appointments. */
    remove: async (id: number, opts: RequestOptions = {}): Promise<void> =>
      call(http, routes.deletePsychologist, { params: { id } }, opts),
  };
}

function adminAvailability(http: Transport) {
  return {
    list: async (psychologistId: number, opts: RequestOptions = {}): Promise<AvailabilityList> =>
      call(http, routes.listAvailability, { params: { id: psychologistId } }, opts),
    create: async (
      psychologistId: number,
      body: CreateAvailabilityWindow,
      opts: RequestOptions = {},
    ): Promise<AvailabilityWindow> =>
      call(http, routes.createAvailabilityWindow, { params: { id: psychologistId }, body }, opts),
    update: async (
      psychologistId: number,
      windowId: number,
      body: UpdateAvailabilityWindow,
      opts: RequestOptions = {},
    ): Promise<AvailabilityWindow> =>
      call(http, routes.updateAvailabilityWindow, { params: { id: psychologistId, windowId }, body }, opts),
    remove: async (psychologistId: number, windowId: number, opts: RequestOptions = {}): Promise<void> =>
      call(http, routes.deleteAvailabilityWindow, { params: { id: psychologistId, windowId } }, opts),
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
        call(http, routes.listAdminAppointments, { query }, opts),
    },
  };
}
