import * as z from 'zod';
import {
  AppointmentEnvelope,
  BookingCreated,
  BookingHeaders,
  CreateBooking,
  ManageTokenParam,
  RescheduleBooking,
} from '../schema/bookings.js';
import { route } from './route.js';

/** The timing refusals of a time that is on the schedule but not bookable now. */
const TIMING = ['in_the_past', 'too_soon', 'beyond_horizon'] as const;

export const createBooking = route({
  operationId: 'createBooking',
  method: 'POST',
  path: '/v1/bookings',
  summary: 'Book a slot (no account needed); returns a manage token',
  description:
    'Send an `Idempotency-Key` to make retries safe: a repeat with the same key and body answers with the first ' +
    'response and `Idempotent-Replayed: true`.',
  tag: 'Bookings',
  access: 'public',
  headers: BookingHeaders,
  body: {
    schema: CreateBooking,
  },
  ok: {
    status: 201,
    description: 'Booked',
    schema: BookingCreated,
    headers: {
      'Idempotent-Replayed': {
        description: '`true` when this is the stored answer to an earlier request with the same key',
        schema: z.literal('true').optional(),
      },
    },
  },
  problems: {
    404: ['not_found'],
    409: ['slot_taken', 'idempotency_in_progress'],
    422: ['outside_availability', ...TIMING, 'idempotency_key_reused'],
    429: ['too_many_bookings'],
  },
  rateLimited: true,
});

export const getBooking = route({
  operationId: 'getBooking',
  method: 'GET',
  path: '/v1/bookings/:token',
  summary: 'The appointment a manage token opens',
  tag: 'Bookings',
  access: 'public',
  params: ManageTokenParam,
  ok: {
    status: 200,
    description: 'The appointment',
    schema: AppointmentEnvelope,
  },
  problems: { 404: ['booking_not_found'] },
});

export const cancelBooking = route({
  operationId: 'cancelBooking',
  method: 'POST',
  path: '/v1/bookings/:token/cancel',
  summary: 'Cancel; the time is free again',
  tag: 'Bookings',
  access: 'public',
  params: ManageTokenParam,
  ok: {
    status: 200,
    description: 'Cancelled',
    schema: AppointmentEnvelope,
  },
  problems: { 404: ['booking_not_found'], 409: ['invalid_status_transition'] },
  rateLimited: true,
});

export const rescheduleBooking = route({
  operationId: 'rescheduleBooking',
  method: 'POST',
  path: '/v1/bookings/:token/reschedule',
  summary: 'Move to another free slot, atomically',
  tag: 'Bookings',
  access: 'public',
  params: ManageTokenParam,
  body: { schema: RescheduleBooking },
  ok: { status: 200, description: 'Moved', schema: AppointmentEnvelope },
  problems: {
    404: ['booking_not_found'],
    409: ['slot_taken', 'not_reschedulable'],
    422: ['outside_availability', ...TIMING],
  },
  rateLimited: true,
});
