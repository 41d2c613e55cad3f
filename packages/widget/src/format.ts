// Date and time formatting with Intl only: no date library in the bundle.

/** The visitor's IANA time zone as the browser reports it. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "Europe/Madrid" → "Madrid", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneLabel(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** A clinic-local calendar date ('YYYY-MM-DD') as midday UTC, so no zone can shift its day. */
export function dateOf(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** 'YYYY-MM-DD' of a Date's UTC fields. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "Tuesday 3 March" / "martes, 3 de marzo" for a clinic-local date. */
export function longDay(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    dateOf(date),
  );
}

/** "March 2026" for the calendar's caption. */
export function monthTitle(month: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    dateOf(`${month}-01`),
  );
}

/** Short weekday names starting on Monday, for the calendar's column headers. */
export function weekdayNames(lang: string, style: 'short' | 'long'): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(lang, { weekday: style, timeZone: 'UTC' }).format(dateOf(`2024-01-0${i + 1}`)),
  );
}

/** "14:30" / "2:30 PM" of an instant, in the given zone. */
export function timeIn(instant: string, zone: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(
    new Date(instant),
  );
}

/** "Tuesday 3 March, 14:30" of an instant, in the given zone. */
export function dayAndTimeIn(instant: string, zone: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: zone,
  }).format(new Date(instant));
}

/** Whether two zones show a different wall-clock time for this instant (names may differ, offsets not). */
export function zonesDiffer(instant: string, a: string, b: string): boolean {
  return timeIn(instant, a, 'en-GB') !== timeIn(instant, b, 'en-GB') || dayIn(instant, a) !== dayIn(instant, b);
}

function dayIn(instant: string, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(instant));
}

/** 'YYYY-MM' months: the given one moved by `delta`. */
export function addMonths(month: string, delta: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, mon - 1 + delta, 1));
  return isoDate(date).slice(0, 7);
}

/** The last day ('YYYY-MM-DD') of a 'YYYY-MM' month. */
export function lastDayOf(month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return isoDate(new Date(Date.UTC(year, mon, 0)));
}

/** Today's date in a zone, 'YYYY-MM-DD'. */
export function todayIn(zone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(now);
}
