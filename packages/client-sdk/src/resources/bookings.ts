import type { AppointmentEnvelope, BookingCreated, CreateBooking, RescheduleBooking } from '../schema/bookings.js';
import type { CreateBookingOptions, RequestOptions } from '../options.js';
import { newIdempotencyKey } from '../ids.js';
import { call } from '../internal/call.js';
import type { Transport } from '../internal/transport.js';
import { cancelBooking, createBooking, getBooking, rescheduleBooking } from '../routes/bookings.js';

/** The public booking flow and the manage link (`manageToken`) a booking returns. */
export function bookingsResource(http: Transport) {
  return {
    /**
     * `POST /v1/bookings`. Retried on connection errors, timeouts, 408, 429 and 5xx with one
     * `Idempotency-Key`, so a retry can never book twice. A taken slot rejects with a
     * `ConflictError` whose `code` is `slot_taken`.
     */
    create: async (body: CreateBooking, opts: CreateBookingOptions = {}): Promise<BookingCreated> =>
      call(
        http,
        createBooking,
        { body },
        { signal: opts.signal, idempotencyKey: opts.idempotencyKey ?? newIdempotencyKey() },
      ),
    /** `GET /v1/bookings/:manageToken`. */
    get: async (token: string, opts: RequestOptions = {}): Promise<AppointmentEnvelope> =>
      call(http, getBooking, { params: { token } }, opts),
    /** `POST /v1/bookings/:manageToken/cancel`: frees the slot. Not retried (a POST without a key). */
    cancel: async (token: string, opts: RequestOptions = {}): Promise<AppointmentEnvelope> =>
      call(http, cancelBooking, { params: { token } }, opts),
    /** `POST /v1/bookings/:manageToken/reschedule`: atomically moves the appointment. Not retried. */
    reschedule: async (
      token: string,
      body: RescheduleBooking,
      opts: RequestOptions = {},
    ): Promise<AppointmentEnvelope> => call(http, rescheduleBooking, { params: { token }, body }, opts),
  };
}
