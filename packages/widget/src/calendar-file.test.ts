import { expect } from '@open-wc/testing';
import { googleCalendarUrl, icsFile, icsHref } from './calendar-file.js';

const entry = {
  uid: 'appointment-7@psybook',
  title: 'Appointment with Lucía Fernández (Serena; Madrid)',
  details: 'To change or cancel: https://clinic.test/v1/bookings/abc,def',
  startsAt: '2026-03-30T10:00:00+02:00',
  endsAt: '2026-03-30T10:50:00+02:00',
};

describe('calendar file', () => {
  it('writes one VEVENT in UTC with CRLF lines and escaped text', () => {
    const file = icsFile(entry, new Date('2026-03-01T09:00:00Z'));
    const lines = file.split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('DTSTART:20260330T080000Z');
    expect(lines).to.include('DTEND:20260330T085000Z');
    expect(lines).to.include('DTSTAMP:20260301T090000Z');
    expect(lines).to.include('SUMMARY:Appointment with Lucía Fernández (Serena\\; Madrid)');
    expect(lines).to.include('DESCRIPTION:To change or cancel: https://clinic.test/v1/bookings/abc\\,def');
    expect(file.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(file).not.to.match(/[^\r]\n/);
  });

  it('links to the file as a data: URL and to Google Calendar with the same times', () => {
    expect(decodeURIComponent(icsHref(entry).replace('data:text/calendar;charset=utf-8,', ''))).to.contain(
      'BEGIN:VEVENT',
    );
    const google = new URL(googleCalendarUrl(entry));
    expect(google.searchParams.get('action')).to.equal('TEMPLATE');
    expect(google.searchParams.get('dates')).to.equal('20260330T080000Z/20260330T085000Z');
    expect(google.searchParams.get('text')).to.equal(entry.title);
  });
});
