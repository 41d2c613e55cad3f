import { HttpProblem } from '../platform/http/problem.js';

/** The stable codes a booking or a reschedule can fail with, and what each means to a person. */
export const slotTaken = () =>
  new HttpProblem(409, 'slot_taken', 'That time was just taken', {
    detail: 'Another booking holds this time; choose another slot.',
  });

export const outsideAvailability = () =>
  new HttpProblem(422, 'outside_availability', 'That time is not one of the free slots', {
    detail: "The time is not on the psychologist's weekly schedule; list the slots and choose one.",
  });

const TIMING_TITLES = {
  in_the_past: 'That time has already passed',
  too_soon: 'That time is too soon to book',
  beyond_horizon: 'That time is too far ahead to book',
} as const;

export const timingProblemOf = (code: keyof typeof TIMING_TITLES) => new HttpProblem(422, code, TIMING_TITLES[code]);

export const invalidTransition = (detail: string) =>
  new HttpProblem(409, 'invalid_status_transition', 'The appointment cannot change to that status', { detail });
