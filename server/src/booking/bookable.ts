import type { Config } from '../platform/config.js';
import type { Queryable } from '../platform/db/types.js';
import { notFound } from '../platform/http/problem.js';
import { activeWindowsOf } from './store/availability.js';
import { minutesOf, zonedDay } from './clinic-time.js';
import { outsideAvailability, timingProblemOf } from './errors.js';
import { gridStarts, rulesOf, slotAt, timingProblem } from './slot-rules.js';

/**
 * Checks that a date and start time are a slot of the psychologist's schedule that may be
 * booked now, and returns its times. Whether it is free is left to the exclusion constraint
 * at insert time, so two requests cannot both pass a check and both book.
 * Throws 404 (unknown or inactive psychologist) or 422 (`in_the_past`, `too_soon`,
 * `beyond_horizon`, `outside_availability`).
 */
export async function bookableSlot(
  tx: Queryable,
  target: { psychologistId: number; date: string; startTime: string },
  ctx: { config: Config; now: Date },
): Promise<{ startTime: string; endTime: string }> {
  const rules = rulesOf(ctx.config);
  const windows = await activeWindowsOf(tx, target.psychologistId);
  if (!windows) throw notFound('Psychologist');
  const start = minutesOf(target.startTime);
  const resolve = zonedDay(target.date, rules.timeZone);
  const startsAt = resolve(start);
  if (startsAt) {
    const timing = timingProblem(startsAt.epochMs, target.date, ctx.now, rules);
    if (timing) throw timingProblemOf(timing);
  }
  const slot = gridStarts(windows, target.date, rules).includes(start)
    ? slotAt(resolve, target.date, start, rules)
    : undefined;
  if (!slot) throw outsideAvailability();
  return { startTime: slot.startTime, endTime: slot.endTime };
}
