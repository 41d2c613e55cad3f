import { DomainError } from '../platform/errors.js';

/** The stable codes a booking, a reschedule or a status change can fail with. */

export class SlotTaken extends DomainError {
  override name = 'SlotTaken' as const;
  constructor() {
    super('conflict', 'slot_taken', 'That time was just taken', {
      detail: 'Another booking holds this time; choose another slot.',
    });
  }
}

export class OutsideAvailability extends DomainError {
  override name = 'OutsideAvailability' as const;
  constructor() {
    super('unprocessable', 'outside_availability', 'That time is not one of the free slots', {
      detail: "The time is not on the psychologist's weekly schedule; list the slots and choose one.",
    });
  }
}

const TIMING_TITLES = {
  in_the_past: 'That time has already passed',
  too_soon: 'That time is too soon to book',
  beyond_horizon: 'That time is too far ahead to book',
} as const;

export type TimingCode = keyof typeof TIMING_TITLES;

/** A real slot of the schedule, but not bookable at this moment. */
export class BadTiming extends DomainError {
  override name = 'BadTiming' as const;
  constructor(readonly timing: TimingCode) {
    super('unprocessable', timing, TIMING_TITLES[timing]);
  }
}

export class InvalidTransition extends DomainError {
  override name = 'InvalidTransition' as const;
  constructor(detail: string) {
    super('conflict', 'invalid_status_transition', 'The appointment cannot change to that status', { detail });
  }
}

/** An unknown, revoked or foreign manage token looks the same: there is nothing here for it. */
export class BookingNotFound extends DomainError {
  override name = 'BookingNotFound' as const;
  constructor() {
    super('not_found', 'booking_not_found', 'No booking for this link', {
      detail: 'The manage link is not valid; check that it was copied whole.',
    });
  }
}

export class NotReschedulable extends DomainError {
  override name = 'NotReschedulable' as const;
  constructor(status: string) {
    super('conflict', 'not_reschedulable', `A ${status} appointment cannot be moved`, {
      detail: 'Book a new appointment instead.',
    });
  }
}

export class IdempotencyKeyReused extends DomainError {
  override name = 'IdempotencyKeyReused' as const;
  constructor() {
    super('unprocessable', 'idempotency_key_reused', 'This Idempotency-Key was used with a different request', {
      detail: 'Use a new Idempotency-Key for a different request.',
      fields: [{ field: 'headers.idempotency-key', message: 'was used before with a different body' }],
    });
  }
}

export class IdempotencyInProgress extends DomainError {
  override name = 'IdempotencyInProgress' as const;
  constructor() {
    super('conflict', 'idempotency_in_progress', 'A request with this Idempotency-Key is still running', {
      retryAfterSeconds: 1,
    });
  }
}

/** Refusals that mean "this time can no longer be booked": a channel offers other times. */
export const isSlotGone = (error: unknown): boolean =>
  error instanceof SlotTaken || error instanceof OutsideAvailability || error instanceof BadTiming;

/** A phone number already holds as many upcoming appointments as the clinic allows. */
export class TooManyBookings extends DomainError {
  override name = 'TooManyBookings' as const;
  constructor(max: number) {
    super('rate_limited', 'too_many_bookings', 'This phone number has enough upcoming appointments', {
      detail: `At most ${max} upcoming appointments per phone number; cancel one or call the clinic.`,
    });
  }
}
