import { tzOffset } from '@date-fns/tz';
import { dateOfDay, dayNumber, localDateOf } from '../booking/clinic-time.js';

/** The clinic-local calendar date and wall-clock time (`HH:MM`) of an instant. */
export function localNow(now: Date, timeZone: string): { date: string; time: string } {
  const local = new Date(now.getTime() + tzOffset(timeZone, now) * 60_000);
  return { date: localDateOf(now, timeZone), time: local.toISOString().slice(11, 16) };
}

/** `date` plus `days` calendar days, both `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}
