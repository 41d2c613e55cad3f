import type { Config } from '../platform/config.js';
import type { Queryable } from '../platform/db/types.js';
import { NotFound } from '../platform/errors.js';
import { activeWindowsOf } from './store/availability.js';
import { minutesOf, zonedDay } from './clinic-time.js';
import { BadTiming, OutsideAvailability } from './errors.js';
import { gridStarts, rulesOf, slotAt, whyNotBookableNow } from './slot-rules.js';

/**
 * Checks that a date and start time are a slot of the psychologist's schedule that may be
 * booked now, and returns its times. Whether it is free is left to the exclusion constraint
 * at insert time, so two requests cannot both pass a check and both book.
 * Throws `NotFound` (unknown or inactive psychologist), `BadTiming` (`in_the_past`, `too_soon`,
 * `beyond_horizon`) or `OutsideAvailability`.
 */
export async function bookableSlot(
  tx: Queryable,
  target: { psychologistId: number; date: string; startTime: string },
  ctx: { config: Config; now: Date },
): Promise<{ startTime: string; endTime: string }> {
  const rules = rulesOf(ctx.config);
  const windows = await activeWindowsOf(tx, target.psychologistId);
  if (!windows) throw new NotFound('Psychologist');
  const start = minutesOf(target.startTime);
  const resolve = zonedDay(target.date, rules.timeZone);
  const startsAt = resolve(start);
  if (startsAt) {
    const timing = whyNotBookableNow(startsAt.epochMs, target.date, ctx.now, rules);
    if (timing) throw new BadTiming(timing);
  }
  const slot = gridStarts(windows, target.date, rules).includes(start)
    ? slotAt(resolve, target.date, start, rules)
    : undefined;
  if (!slot) throw new OutsideAvailability();
  return { startTime: slot.startTime, endTime: slot.endTime };
}
