import type { Slot } from '@psybook/client-sdk/schema';
import type { Config } from '../platform/config.js';
import type { WeeklyWindow } from './store/availability.js';
import { dateOfDay, dayNumber, localDateOf, timeOf, weekdayOf, zonedDay } from './clinic-time.js';

/** The clinic's slot settings, from its configuration. */
export interface SlotRules {
  timeZone: string;
  /** @unit minutes */
  sessionMinutes: number;
  /** @unit minutes */
  stepMinutes: number;
  /** @unit minutes */
  minNoticeMinutes: number;
  /** @unit days */
  horizonDays: number;
}

export const rulesOf = (config: Config): SlotRules => ({
  timeZone: config.CLINIC_TIMEZONE,
  sessionMinutes: config.SESSION_MINUTES,
  stepMinutes: config.SLOT_STEP_MINUTES,
  minNoticeMinutes: config.MIN_NOTICE_MINUTES,
  horizonDays: config.BOOKING_HORIZON_DAYS,
});

/** A live appointment's time on one clinic-local date, in minutes since local midnight. */
export interface BusyRange {
  date: string;
  startMinutes: number;
  endMinutes: number;
}

/** The first and last clinic-local dates a patient may book on at `now`. */
export function bookableDates(now: Date, rules: SlotRules): { first: string; last: string } {
  const today = localDateOf(now, rules.timeZone);
  return { first: today, last: dateOfDay(dayNumber(today) + rules.horizonDays) };
}

/**
 * Start times (minutes since local midnight) the weekly windows offer on one weekday,
 * ascending and distinct: every step from a window's start while a whole session still fits.
 */
export function gridStartsOnWeekday(windows: readonly WeeklyWindow[], weekday: number, rules: SlotRules): number[] {
  const starts = new Set<number>();
  for (const window of windows) {
    if (window.dayOfWeek !== weekday) continue;
    for (
      let start = window.startMinutes;
      start + rules.sessionMinutes <= window.endMinutes;
      start += rules.stepMinutes
    ) {
      starts.add(start);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/** The start times of one clinic-local date. */
export const gridStarts = (windows: readonly WeeklyWindow[], date: string, rules: SlotRules): number[] =>
  gridStartsOnWeekday(windows, weekdayOf(date), rules);

/** Why a start instant cannot be booked now, or `undefined` when its timing is fine. */
export function whyNotBookableNow(
  startsAtMs: number,
  date: string,
  now: Date,
  rules: SlotRules,
): 'in_the_past' | 'too_soon' | 'beyond_horizon' | undefined {
  if (startsAtMs <= now.getTime()) return 'in_the_past';
  if (startsAtMs < now.getTime() + rules.minNoticeMinutes * 60_000) return 'too_soon';
  if (date > bookableDates(now, rules).last) return 'beyond_horizon';
  return undefined;
}

/**
 * A slot of one date at `start`, or `undefined` when that wall time does not exist that day or
 * the session would not last its real length (it crosses a clock change).
 */
export function slotAt(
  resolve: ReturnType<typeof zonedDay>,
  date: string,
  start: number,
  rules: SlotRules,
): (Slot & { startsAtMs: number }) | undefined {
  const end = start + rules.sessionMinutes;
  const startsAt = resolve(start);
  const endsAt = resolve(end);
  if (!startsAt || !endsAt) return undefined;
  // Times are stored as wall clock; a slot across a clock change would last an hour more or
  // less than a session (02:30–03:20 on a fall-back night is 110 real minutes), so it is none.
  if (endsAt.epochMs - startsAt.epochMs !== rules.sessionMinutes * 60_000) return undefined;
  return {
    date,
    startTime: timeOf(start),
    endTime: timeOf(end),
    startsAt: startsAt.iso,
    endsAt: endsAt.iso,
    startsAtMs: startsAt.epochMs,
  };
}

/**
 * The free slots between two clinic-local dates (inclusive): on the weekly grid, not in the
 * past or inside the notice, not past the horizon, not overlapping a live appointment.
 * Ordered by instant and distinct. Pure, so the rules can be property-tested.
 */
export function computeSlots(input: {
  windows: readonly WeeklyWindow[];
  busy: readonly BusyRange[];
  from: string;
  to: string;
  now: Date;
  rules: SlotRules;
}): Slot[] {
  const { windows, busy, now, rules } = input;
  const bounds = bookableDates(now, rules);
  const first = dayNumber(input.from > bounds.first ? input.from : bounds.first);
  const last = dayNumber(input.to < bounds.last ? input.to : bounds.last);
  const earliestMs = now.getTime() + rules.minNoticeMinutes * 60_000;
  const busyByDate = new Map<string, BusyRange[]>();
  for (const range of busy) busyByDate.set(range.date, [...(busyByDate.get(range.date) ?? []), range]);

  const startsByWeekday = [0, 1, 2, 3, 4, 5, 6].map((weekday) => gridStartsOnWeekday(windows, weekday, rules));
  const slots: Slot[] = [];
  for (let day = first; day <= last; day++) {
    // 1970-01-01 was a Thursday (4).
    const starts = startsByWeekday[(((day + 4) % 7) + 7) % 7]!;
    if (starts.length === 0) continue;
    const date = dateOfDay(day);
    const resolve = zonedDay(date, rules.timeZone);
    const taken = busyByDate.get(date) ?? [];
    for (const start of starts) {
      const end = start + rules.sessionMinutes;
      // The same half-open overlap test as the exclusion constraint, on local wall time.
      if (taken.some((range) => range.startMinutes < end && start < range.endMinutes)) continue;
      const slot = slotAt(resolve, date, start, rules);
      if (!slot || slot.startsAtMs <= now.getTime() || slot.startsAtMs < earliestMs) continue;
      const { startsAtMs: _omit, ...publicSlot } = slot;
      slots.push(publicSlot);
    }
  }
  return slots;
}
