import { AppointmentEnvelope, BookingCreated, type CreateBooking, type RescheduleBooking } from '../schema/bookings.js';
import type { CreateBookingOptions, RequestOptions } from '../options.js';
import { newIdempotencyKey } from '../ids.js';
import { getJson, write } from '../internal/calls.js';
import { path } from '../internal/path.js';
import type { Transport } from '../internal/transport.js';

/** The public booking flow and the manage link (`manageToken`) a booking returns. */
export function bookingsResource(http: Transport) {
  return {
    /**
     * `POST /v1/bookings`. Retried on connection errors, timeouts, 408, 429 and 5xx with one
     * `Idempotency-Key`, so a retry can never book twice. A taken slot rejects with a
     * `ConflictError` whose `code` is `slot_taken`.
     */
    create: async (body: CreateBooking, opts: CreateBookingOptions = {}): Promise<BookingCreated> =>
      http.request({
        method: 'POST',
        path: '/v1/bookings',
        body,
        idempotencyKey: opts.idempotencyKey ?? newIdempotencyKey(),
        response: { schema: BookingCreated },
        retry: true,
        signal: opts.signal,
      }),
    /** `GET /v1/bookings/:manageToken`. */
    get: async (token: string, opts: RequestOptions = {}): Promise<AppointmentEnvelope> =>
      getJson(http, path`/v1/bookings/${token}`, AppointmentEnvelope, opts),
    /** `POST /v1/bookings/:manageToken/cancel`: frees the slot. Not retried (a POST without a key). */
    cancel: async (token: string, opts: RequestOptions = {}): Promise<AppointmentEnvelope> =>
      write(http, 'POST', path`/v1/bookings/${token}/cancel`, undefined, AppointmentEnvelope, opts),
    /** `POST /v1/bookings/:manageToken/reschedule`: atomically moves the appointment. Not retried. */
    reschedule: async (
      token: string,
      body: RescheduleBooking,
      opts: RequestOptions = {},
    ): Promise<AppointmentEnvelope> =>
      write(http, 'POST', path`/v1/bookings/${token}/reschedule`, body, AppointmentEnvelope, opts),
  };
}
