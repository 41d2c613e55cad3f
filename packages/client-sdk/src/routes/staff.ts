import {
  AppointmentListQuery,
  StaffAppointmentEnvelope,
  StaffAppointmentList,
  UpdateAppointment,
} from '../schema/appointments.js';
import { IdParams } from '../schema/common.js';
import { STAFF_APPOINTMENT } from './examples.js';
import { route } from './route.js';

export const listMyAppointments = route({
  operationId: 'listMyAppointments',
  method: 'GET',
  path: '/v1/me/appointments',
  summary: "The signed-in patient's or psychologist's appointments",
  tag: 'Staff',
  access: { roles: ['authenticated'] },
  query: AppointmentListQuery,
  examples: { from: '2026-03-01', to: '2026-03-31', status: 'scheduled', limit: 50 },
  ok: {
    status: 200,
    description: 'Appointments, earliest first (never cached)',
    schema: StaffAppointmentList,
    example: { data: [STAFF_APPOINTMENT] },
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
  body: { schema: UpdateAppointment, example: { status: 'confirmed', notes: 'First session.' } },
  examples: { id: 42 },
  ok: {
    status: 200,
    description: 'Changed',
    schema: StaffAppointmentEnvelope,
    example: { appointment: { ...STAFF_APPOINTMENT, status: 'confirmed', notes: 'First session.' } },
  },
  problems: { 404: ['not_found'], 409: ['invalid_status_transition'] },
});
