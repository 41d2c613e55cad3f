import { tzOffset } from '@date-fns/tz';

/**
 * Clinic wall-clock arithmetic. Availability and appointments are stored as clinic-local
 * dates and times (as the seed schema has them); these helpers turn them into exact instants
 * in `CLINIC_TIMEZONE`, correctly on the days clocks change.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Minutes since local midnight of an `HH:MM` or `HH:MM:SS` time. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** `HH:MM` of minutes since local midnight (0 ≤ minutes < 1440). */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date (no time zone involved). */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
}

/** `YYYY-MM-DD` of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** 0 (Sunday) to 6 (Saturday), as `availability.day_of_week` counts. */
export function weekdayOf(date: string): number {
  return new Date(dayNumber(date) * DAY).getUTCDay();
}

/** The clinic-local calendar date of an instant. */
export function localDateOf(instant: Date, timeZone: string): string {
  return new Date(instant.getTime() + tzOffset(timeZone, instant) * MINUTE).toISOString().slice(0, 10);
}

function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

// A day's offsets never change (short of a tzdata update), and Intl lookups are the slot
// list's main cost, so they are remembered; the map is dropped when it grows large.
const offsetCache = new Map<string, readonly [number, number]>();

function offsetsAround(timeZone: string, midnightUtc: number): readonly [number, number] {
  const key = `${timeZone}|${midnightUtc}`;
  let offsets = offsetCache.get(key);
  if (!offsets) {
    if (offsetCache.size > 20_000) offsetCache.clear();
    offsets = [tzOffset(timeZone, new Date(midnightUtc - DAY)), tzOffset(timeZone, new Date(midnightUtc + 2 * DAY))];
    offsetCache.set(key, offsets);
  }
  return offsets;
}

function isoOf(date: string, minutes: number, offset: number): string {
  return `${date}T${timeOf(minutes)}:00${formatOffset(offset)}`;
}

export interface ZonedInstant {
  /** Milliseconds since the epoch. */
  epochMs: number;
  /** ISO 8601 with the clinic's offset at that instant, e.g. `2026-03-30T09:00:00+02:00`. */
  iso: string;
}

/**
 * Resolves wall-clock times on one clinic-local date to instants. Per date it looks up the
 * offsets a day before and after; only when they differ (a clock change) does a time need
 * more work. A wall time that does not exist (skipped by a spring-forward) resolves to
 * `undefined`; one that happens twice (fall-back) resolves to its first occurrence.
 */
export function zonedDay(date: string, timeZone: string): (minutes: number) => ZonedInstant | undefined {
  const midnightUtc = dayNumber(date) * DAY;
  const [before, after] = offsetsAround(timeZone, midnightUtc);
  return (minutes) => {
    const wall = midnightUtc + minutes * MINUTE;
    if (before === after) return { epochMs: wall - before * MINUTE, iso: isoOf(date, minutes, before) };
    let best: ZonedInstant | undefined;
    for (const offset of [before, after]) {
      const candidate = wall - offset * MINUTE;
      if (tzOffset(timeZone, new Date(candidate)) !== offset) continue;
      if (!best || candidate < best.epochMs) best = { epochMs: candidate, iso: isoOf(date, minutes, offset) };
    }
    return best;
  };
}
