import { z } from 'zod';
import { createDocument, type oas31 } from 'zod-openapi';
import * as c from '@psybook/client-sdk/schema';
import { experimentPaths } from './experiment-paths.js';
import { whatsappPaths } from './whatsapp-paths.js';
import { bearer, json, op, responses } from './operations.js';

const id = z.strictObject({ id: c.IdParam });
const windowIds = z.strictObject({ id: c.IdParam, windowId: c.IdParam });
const token = c.ManageTokenParam;
const idempotencyKey = z.strictObject({
  'idempotency-key': z
    .string()
    .max(255)
    .optional()
    .describe('Any unique string (e.g. a UUID). A retry with the same key and body returns the first response.'),
});
const rateLimited = { '429': 'rate_limited: too many writes from this client; see Retry-After' };
const staff = { '401': 'unauthorized: missing, invalid or expired token', '403': 'forbidden: wrong role' };

/** The OpenAPI 3.1 document of the booking API, generated from the zod contract. */
export function buildOpenApiDocument(serverUrl?: string): oas31.OpenAPIObject {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Psybook API',
      version: '1.0.0',
      description:
        'Online booking for psychology clinics. Errors are application/problem+json (RFC 9457) with a stable `code`. ' +
        'Dates and times are clinic-local (see `GET /v1/config` for the time zone); `*At` fields are exact instants.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      // Named once here, referenced everywhere they appear.
      schemas: {
        Problem: c.Problem,
        Slot: c.Slot,
        Psychologist: c.Psychologist,
        Appointment: c.Appointment,
        PatientDetails: c.PatientDetails,
        StaffAppointment: c.StaffAppointment,
        AdminPsychologist: c.AdminPsychologist,
        AvailabilityWindow: c.AvailabilityWindow,
      },
    },
    paths: {
      '/v1/config': {
        get: op('Clinic settings a booking UI needs', 'Public', {
          responses: responses({ '200': { description: 'Settings', ...json(c.ClinicConfig) } }),
        }),
      },
      '/v1/psychologists': {
        get: op('Active psychologists', 'Public', {
          responses: responses({ '200': { description: 'List', ...json(c.PsychologistList) } }),
        }),
      },
      '/v1/psychologists/{id}/slots': {
        get: op('Free slots between two clinic-local dates (inclusive)', 'Public', {
          requestParams: { path: id, query: c.SlotQuery },
          responses: responses(
            { '200': { description: 'Slots, ordered', ...json(c.SlotList) } },
            { '404': 'not_found: unknown or inactive psychologist' },
          ),
        }),
      },
      '/v1/bookings': {
        post: op('Book a slot (no account needed); returns a manage token', 'Bookings', {
          requestParams: { header: idempotencyKey },
          requestBody: json(c.CreateBooking),
          responses: responses(
            { '201': { description: 'Booked', ...json(c.BookingCreated) } },
            {
              '404': 'not_found: unknown or inactive psychologist',
              '409': 'slot_taken: someone else holds this time',
              '413': 'payload_too_large: body over 16 kB',
              '422': 'outside_availability | in_the_past | too_soon | beyond_horizon | idempotency_key_reused',
              ...rateLimited,
            },
          ),
        }),
      },
      '/v1/bookings/{token}': {
        get: op('The appointment a manage token opens', 'Bookings', {
          requestParams: { path: token },
          responses: responses(
            { '200': { description: 'Appointment', ...json(c.AppointmentEnvelope) } },
            { '404': 'booking_not_found' },
          ),
        }),
      },
      '/v1/bookings/{token}/cancel': {
        post: op('Cancel; the time is free again', 'Bookings', {
          requestParams: { path: token },
          responses: responses(
            { '200': { description: 'Cancelled', ...json(c.AppointmentEnvelope) } },
            {
              '404': 'booking_not_found',
              '409': 'invalid_status_transition: completed appointments stay completed',
              ...rateLimited,
            },
          ),
        }),
      },
      '/v1/bookings/{token}/reschedule': {
        post: op('Move to another free slot, atomically', 'Bookings', {
          requestParams: { path: token },
          requestBody: json(c.RescheduleBooking),
          responses: responses(
            { '200': { description: 'Moved', ...json(c.AppointmentEnvelope) } },
            {
              '404': 'booking_not_found',
              '409': 'slot_taken | not_reschedulable',
              '422': 'outside_availability | in_the_past | too_soon | beyond_horizon',
              ...rateLimited,
            },
          ),
        }),
      },
      '/v1/me/appointments': {
        get: op("The signed-in patient's or psychologist's appointments", 'Staff', {
          security: bearer,
          requestParams: { query: c.AppointmentListQuery },
          responses: responses({ '200': { description: 'Appointments', ...json(c.StaffAppointmentList) } }, staff),
        }),
      },
      '/v1/appointments/{id}': {
        patch: op('Change status and/or notes (as the policies allow)', 'Staff', {
          security: bearer,
          requestParams: { path: id },
          requestBody: json(c.UpdateAppointment),
          responses: responses(
            { '200': { description: 'Changed', ...json(c.StaffAppointmentEnvelope) } },
            { ...staff, '404': 'not_found: no such appointment visible to you', '409': 'invalid_status_transition' },
          ),
        }),
      },
      '/v1/admin/psychologists': {
        get: op('All psychologists, inactive too', 'Admin', {
          security: bearer,
          responses: responses({ '200': { description: 'List', ...json(c.AdminPsychologistList) } }, staff),
        }),
        post: op('Add a psychologist', 'Admin', {
          security: bearer,
          requestBody: json(c.CreatePsychologist),
          responses: responses(
            { '201': { description: 'Created', ...json(c.AdminPsychologist) } },
            { ...staff, '409': 'email_taken | phone_taken' },
          ),
        }),
      },
      '/v1/admin/psychologists/{id}': {
        get: op('One psychologist', 'Admin', {
          security: bearer,
          requestParams: { path: id },
          responses: responses(
            { '200': { description: 'Psychologist', ...json(c.AdminPsychologist) } },
            { ...staff, '404': 'not_found' },
          ),
        }),
        patch: op('Change a psychologist (isActive false hides them from patients)', 'Admin', {
          security: bearer,
          requestParams: { path: id },
          requestBody: json(c.UpdatePsychologist),
          responses: responses(
            { '200': { description: 'Changed', ...json(c.AdminPsychologist) } },
            { ...staff, '404': 'not_found', '409': 'email_taken | phone_taken' },
          ),
        }),
        delete: op('Delete a psychologist who has no appointments', 'Admin', {
          security: bearer,
          requestParams: { path: id },
          responses: responses(
            { '204': { description: 'Deleted' } },
            { ...staff, '404': 'not_found', '409': 'psychologist_has_appointments' },
          ),
        }),
      },
      '/v1/admin/psychologists/{id}/availability': {
        get: op('Weekly windows (clinic-local)', 'Admin', {
          security: bearer,
          requestParams: { path: id },
          responses: responses(
            { '200': { description: 'Windows', ...json(c.AvailabilityList) } },
            { ...staff, '404': 'not_found' },
          ),
        }),
        post: op('Add a weekly window', 'Admin', {
          security: bearer,
          requestParams: { path: id },
          requestBody: json(c.CreateAvailabilityWindow),
          responses: responses(
            { '201': { description: 'Created', ...json(c.AvailabilityWindow) } },
            { ...staff, '404': 'not_found' },
          ),
        }),
      },
      '/v1/admin/psychologists/{id}/availability/{windowId}': {
        patch: op('Change a weekly window', 'Admin', {
          security: bearer,
          requestParams: { path: windowIds },
          requestBody: json(c.UpdateAvailabilityWindow),
          responses: responses(
            { '200': { description: 'Changed', ...json(c.AvailabilityWindow) } },
            { ...staff, '404': 'not_found', '422': 'invalid_time_range' },
          ),
        }),
        delete: op('Delete a weekly window', 'Admin', {
          security: bearer,
          requestParams: { path: windowIds },
          responses: responses({ '204': { description: 'Deleted' } }, { ...staff, '404': 'not_found' }),
        }),
      },
      '/v1/admin/appointments': {
        get: op('Every appointment, filtered', 'Admin', {
          security: bearer,
          requestParams: { query: c.AppointmentListQuery },
          responses: responses({ '200': { description: 'Appointments', ...json(c.StaffAppointmentList) } }, staff),
        }),
      },
      ...experimentPaths,
      ...whatsappPaths,
    },
  });
}
