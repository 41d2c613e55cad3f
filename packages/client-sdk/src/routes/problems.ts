/**
 * What each stable problem `code` means, for the reference. Clients switch on the code; the
 * server's domain errors choose it. A code a route lists must be named here (the docs test checks).
 */
export const PROBLEM_CODES: Readonly<Record<string, string>> = {
  validation_failed: 'the request does not match the contract; `errors` names each failing field',
  unauthorized: 'no valid token: missing where one is needed, or sent and not valid (expired, bad signature)',
  forbidden: 'signed in, but not with a role this endpoint is for',
  not_found: 'nothing with this id is visible to the caller',
  booking_not_found: 'the manage link is unknown, revoked or mistyped',
  slot_taken: 'another booking holds this time; list the slots again',
  outside_availability: "the time is not on the psychologist's weekly schedule",
  in_the_past: 'the time has already passed',
  too_soon: 'the time is within the minimum notice',
  beyond_horizon: 'the time is past the booking horizon',
  not_reschedulable: 'a cancelled or completed appointment cannot be moved',
  invalid_status_transition: 'the appointment cannot change to that status (completed stays completed)',
  idempotency_key_reused: 'this Idempotency-Key came with a different body',
  idempotency_in_progress: 'a request with this Idempotency-Key is still running; see Retry-After',
  email_taken: 'another psychologist has this email',
  phone_taken: 'another psychologist has this phone',
  psychologist_has_appointments: 'a psychologist with appointments cannot be deleted; set isActive false',
  invalid_time_range: 'the window would end before it starts',
  payload_too_large: 'the body is over the limit',
  unsupported_media_type: 'the body is not one of the accepted media types',
  rate_limited: 'too many requests from this client this minute; see Retry-After',
  too_many_bookings: 'this phone number already holds as many upcoming appointments as the clinic allows',
  invalid_signature: 'X-Hub-Signature-256 is missing or does not match the raw body',
  retry_later: 'some messages could not be processed; Meta redelivers and handled ones are skipped',
  not_ready: 'the database is not reachable',
};
