import * as z from 'zod';
import { AppointmentListQuery, StaffAppointmentList } from '../schema/appointments.js';
import { IdParams } from '../schema/common.js';
import {
  AdminPsychologist,
  AdminPsychologistList,
  AvailabilityList,
  AvailabilityWindow,
  AvailabilityWindowParams,
  CreateAvailabilityWindow,
  CreatePsychologist,
  UpdateAvailabilityWindow,
  UpdatePsychologist,
} from '../schema/psychologists.js';
import { route } from './route.js';

const admin = { roles: ['admin'] } as const;

export const listAdminPsychologists = route({
  operationId: 'listAdminPsychologists',
  method: 'GET',
  path: '/v1/admin/psychologists',
  summary: 'All psychologists, inactive too',
  tag: 'Admin',
  access: admin,
  ok: {
    status: 200,
    description: 'With contact fields',
    schema: AdminPsychologistList,
  },
});

export const createPsychologist = route({
  operationId: 'createPsychologist',
  method: 'POST',
  path: '/v1/admin/psychologists',
  summary: 'Add a psychologist',
  tag: 'Admin',
  access: admin,
  body: {
    schema: CreatePsychologist,
  },
  ok: {
    status: 201,
    description: 'Created',
    schema: AdminPsychologist,
    headers: { Location: { description: 'The new psychologist, `/v1/admin/psychologists/{id}`', schema: z.string() } },
  },
  problems: { 409: ['email_taken', 'phone_taken'] },
});

export const getAdminPsychologist = route({
  operationId: 'getAdminPsychologist',
  method: 'GET',
  path: '/v1/admin/psychologists/:id',
  summary: 'One psychologist',
  tag: 'Admin',
  access: admin,
  params: IdParams,
  ok: { status: 200, description: 'The psychologist', schema: AdminPsychologist },
  problems: { 404: ['not_found'] },
});

export const updatePsychologist = route({
  operationId: 'updatePsychologist',
  method: 'PATCH',
  path: '/v1/admin/psychologists/:id',
  summary: 'Change a psychologist (isActive false hides them from patients)',
  tag: 'Admin',
  access: admin,
  params: IdParams,
  body: { schema: UpdatePsychologist },
  ok: {
    status: 200,
    description: 'Changed',
    schema: AdminPsychologist,
  },
  problems: { 404: ['not_found'], 409: ['email_taken', 'phone_taken'] },
});

export const deletePsychologist = route({
  operationId: 'deletePsychologist',
  method: 'DELETE',
  path: '/v1/admin/psychologists/:id',
  summary: 'Delete a psychologist who has no appointments',
  tag: 'Admin',
  access: admin,
  params: IdParams,
  ok: { status: 204, description: 'Deleted' },
  problems: { 404: ['not_found'], 409: ['psychologist_has_appointments'] },
});

export const listAvailability = route({
  operationId: 'listAvailability',
  method: 'GET',
  path: '/v1/admin/psychologists/:id/availability',
  summary: 'Weekly windows (clinic-local)',
  tag: 'Admin',
  access: admin,
  params: IdParams,
  ok: { status: 200, description: 'Windows', schema: AvailabilityList },
  problems: { 404: ['not_found'] },
});

export const createAvailabilityWindow = route({
  operationId: 'createAvailabilityWindow',
  method: 'POST',
  path: '/v1/admin/psychologists/:id/availability',
  summary: 'Add a weekly window',
  tag: 'Admin',
  access: admin,
  params: IdParams,
  body: { schema: CreateAvailabilityWindow },
  ok: { status: 201, description: 'Created', schema: AvailabilityWindow },
  problems: { 404: ['not_found'] },
});

export const updateAvailabilityWindow = route({
  operationId: 'updateAvailabilityWindow',
  method: 'PATCH',
  path: '/v1/admin/psychologists/:id/availability/:windowId',
  summary: 'Change a weekly window',
  tag: 'Admin',
  access: admin,
  params: AvailabilityWindowParams,
  body: { schema: UpdateAvailabilityWindow },
  ok: { status: 200, description: 'Changed', schema: AvailabilityWindow },
  problems: { 404: ['not_found'], 422: ['invalid_time_range'] },
});

export const deleteAvailabilityWindow = route({
  operationId: 'deleteAvailabilityWindow',
  method: 'DELETE',
  path: '/v1/admin/psychologists/:id/availability/:windowId',
  summary: 'Delete a weekly window',
  tag: 'Admin',
  access: admin,
  params: AvailabilityWindowParams,
  ok: { status: 204, description: 'Deleted' },
  problems: { 404: ['not_found'] },
});

export const listAdminAppointments = route({
  operationId: 'listAdminAppointments',
  method: 'GET',
  path: '/v1/admin/appointments',
  summary: 'Every appointment, filtered',
  tag: 'Admin',
  access: admin,
  query: AppointmentListQuery,
  ok: {
    status: 200,
    description: 'Appointments, earliest first (never cached)',
    schema: StaffAppointmentList,
  },
});
