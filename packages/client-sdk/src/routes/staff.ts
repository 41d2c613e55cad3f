import {
  AppointmentListQuery,
  StaffAppointmentEnvelope,
  StaffAppointmentList,
  UpdateAppointment,
} from '../schema/appointments.js';
import { IdParams } from '../schema/common.js';
import { route } from './route.js';

export const listMyAppointments = route({
  operationId: 'listMyAppointments',
  method: 'GET',
  path: '/v1/me/appointments',
  summary: "The signed-in patient's or psychologist's appointments",
  tag: 'Staff',
  access: { roles: ['authenticated'] },
  query: AppointmentListQuery,
  ok: {
    status: 200,
    description: 'Appointments, earliest first (never cached)',
    schema: StaffAppointmentList,
  },
});

export const updateAppointment = route({
  operationId: 'updateAppointment',
  method: 'PATCH',
  path: '/v1/appointments/:id',
  summary: 'Change status and/or notes (as the policies allow)',
  tag: 'Staff',
  access: { roles: ['authenticated', 'admin'] },
  params: IdParams,
  body: { schema: UpdateAppointment },
  ok: {
    status: 200,
    description: 'Changed',
    schema: StaffAppointmentEnvelope,
  },
  problems: { 404: ['not_found'], 409: ['invalid_status_transition'] },
});
