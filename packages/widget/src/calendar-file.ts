/** What an add-to-calendar entry needs; instants are ISO 8601 with offset. */
export interface CalendarEntry {
  uid: string;
  title: string;
  details: string;
  startsAt: string;
  endsAt: string;
  location?: string;
}

/** 20260303T133000Z: the UTC form both iCalendar and Google Calendar accept. */
function utcStamp(instant: string): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** RFC 5545 TEXT escaping. */
function icsText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** A one-event iCalendar file (RFC 5545), CRLF line endings as the format requires. */
export function icsFile(entry: CalendarEntry, now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Psybook//Widget//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${entry.uid}`,
    `DTSTAMP:${utcStamp(now.toISOString())}`,
    `DTSTART:${utcStamp(entry.startsAt)}`,
    `DTEND:${utcStamp(entry.endsAt)}`,
    `SUMMARY:${icsText(entry.title)}`,
    `DESCRIPTION:${icsText(entry.details)}`,
    ...(entry.location ? [`LOCATION:${icsText(entry.location)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.join('\r\n') + '\r\n';
}

/** A data: URL for the download link (no Blob URL to revoke; allowed under `default-src 'self'`). */
export function icsHref(entry: CalendarEntry): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(icsFile(entry))}`;
}

/** Google Calendar's "create event" template link. */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', entry.title);
  url.searchParams.set('dates', `${utcStamp(entry.startsAt)}/${utcStamp(entry.endsAt)}`);
  url.searchParams.set('details', entry.details);
  if (entry.location) url.searchParams.set('location', entry.location);
  return url.toString();
}
