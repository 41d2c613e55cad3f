import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WeeklyWindow } from '../../src/booking/store/availability.js';
import { weekdayOf } from '../../src/booking/clinic-time.js';
import { computeSlots, type SlotRules } from '../../src/booking/slot-rules.js';

const rules = (timeZone: string): SlotRules => ({
  timeZone,
  sessionMinutes: 50,
  stepMinutes: 60,
  minNoticeMinutes: 0,
  horizonDays: 60,
});

/** One window on the weekday of `date`, from `start` to `end` o'clock. */
const windowOn = (date: string, start: number, end: number): WeeklyWindow[] => [
  { dayOfWeek: weekdayOf(date), startMinutes: start * 60, endMinutes: end * 60 },
];

/** Noon UTC two days before: every slot of `date` is in the future and inside the horizon. */
const dayBefore = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) - 2 * 86_400_000);

const slotsOn = (timeZone: string, date: string, windows: WeeklyWindow[]) =>
  computeSlots({ windows, busy: [], from: date, to: date, now: dayBefore(date), rules: rules(timeZone) }).map(
    (slot) => [slot.startTime, slot.startsAt, slot.endsAt],
  );

describe('slots on the days clocks change', () => {
  it('Europe/Madrid, spring forward (29 March 2026): 02:00 does not exist, every other hour is there once', () => {
    expect(slotsOn('Europe/Madrid', '2026-03-29', windowOn('2026-03-29', 0, 5))).toEqual([
      ['00:00', '2026-03-29T00:00:00+01:00', '2026-03-29T00:50:00+01:00'],
      ['01:00', '2026-03-29T01:00:00+01:00', '2026-03-29T01:50:00+01:00'],
      ['03:00', '2026-03-29T03:00:00+02:00', '2026-03-29T03:50:00+02:00'],
      ['04:00', '2026-03-29T04:00:00+02:00', '2026-03-29T04:50:00+02:00'],
    ]);
  });

  it('Europe/Madrid, fall back (25 October 2026): 02:00 happens twice but is offered once, at its first occurrence', () => {
    expect(slotsOn('Europe/Madrid', '2026-10-25', windowOn('2026-10-25', 1, 5))).toEqual([
      ['01:00', '2026-10-25T01:00:00+02:00', '2026-10-25T01:50:00+02:00'],
      ['02:00', '2026-10-25T02:00:00+02:00', '2026-10-25T02:50:00+02:00'],
      ['03:00', '2026-10-25T03:00:00+01:00', '2026-10-25T03:50:00+01:00'],
      ['04:00', '2026-10-25T04:00:00+01:00', '2026-10-25T04:50:00+01:00'],
    ]);
  });

  it('Europe/Madrid: office hours keep their wall time and change offset across the change', () => {
    const friday = slotsOn('Europe/Madrid', '2026-03-27', windowOn('2026-03-27', 9, 13));
    const monday = slotsOn('Europe/Madrid', '2026-03-30', windowOn('2026-03-30', 9, 13));
    expect(friday.map(([time]) => time)).toEqual(['09:00', '10:00', '11:00', '12:00']);
    expect(monday.map(([time]) => time)).toEqual(['09:00', '10:00', '11:00', '12:00']);
    expect(friday[0]![1]).toBe('2026-03-27T09:00:00+01:00');
    expect(monday[0]![1]).toBe('2026-03-30T09:00:00+02:00');
    // Same wall time, one hour less of UTC distance.
    expect(Date.parse(monday[0]![1]!) - Date.parse(friday[0]![1]!)).toBe(3 * 86_400_000 - 3_600_000);
  });

  it('America/New_York, spring forward (8 March 2026): 02:00 is skipped, 03:00 is EDT', () => {
    expect(slotsOn('America/New_York', '2026-03-08', windowOn('2026-03-08', 0, 5)).map(([t, s]) => [t, s])).toEqual([
      ['00:00', '2026-03-08T00:00:00-05:00'],
      ['01:00', '2026-03-08T01:00:00-05:00'],
      ['03:00', '2026-03-08T03:00:00-04:00'],
      ['04:00', '2026-03-08T04:00:00-04:00'],
    ]);
  });

  it('America/New_York, fall back (1 November 2026): 01:00 is offered once (EDT); 01:30 would last 110 real minutes, so it is not a slot', () => {
    const slots = computeSlots({
      windows: windowOn('2026-11-01', 0, 4),
      busy: [],
      from: '2026-11-01',
      to: '2026-11-01',
      now: dayBefore('2026-11-01'),
      rules: { ...rules('America/New_York'), stepMinutes: 30 },
    });
    // Until hardening 12, 01:30 EDT – 02:20 EST was offered: a 50-minute session 110 minutes long.
    expect(slots.map((s) => s.startTime)).toEqual(['00:00', '00:30', '01:00', '02:00', '02:30', '03:00']);
    const at = (time: string) => slots.find((s) => s.startTime === time)!;
    expect(at('01:00').startsAt).toBe('2026-11-01T01:00:00-04:00');
    expect(at('01:00').endsAt).toBe('2026-11-01T01:50:00-04:00');
    expect(at('02:00').startsAt).toBe('2026-11-01T02:00:00-05:00');
    // Instants strictly increase through the repeated hour.
    const instants = slots.map((s) => Date.parse(s.startsAt));
    expect([...instants].sort((a, b) => a - b)).toEqual(instants);
  });

  it('America/New_York: a 09:00–17:00 day has the same eight slots on the change days as on ordinary days', () => {
    for (const date of ['2026-03-07', '2026-03-08', '2026-03-09', '2026-10-31', '2026-11-01', '2026-11-02']) {
      expect(slotsOn('America/New_York', date, windowOn(date, 9, 17))).toHaveLength(8);
    }
    expect(slotsOn('America/New_York', '2026-03-07', windowOn('2026-03-07', 9, 17))[0]![1]).toBe(
      '2026-03-07T09:00:00-05:00',
    );
    expect(slotsOn('America/New_York', '2026-03-09', windowOn('2026-03-09', 9, 17))[0]![1]).toBe(
      '2026-03-09T09:00:00-04:00',
    );
  });
});

/** The clinic-local dates in `year` whose UTC offset at the end differs from the start. */
function clockChangeDays(timeZone: string, year: number): string[] {
  const offsetAt = (ms: number) =>
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')!.value;
  const days: string[] = [];
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 86_400_000) {
    if (offsetAt(ms) !== offsetAt(ms + 86_400_000)) days.push(new Date(ms + 86_400_000).toISOString().slice(0, 10));
  }
  return days;
}

describe('every offered session lasts its real length, on both clock-change days of several zones (hardening 12)', () => {
  it('Europe/Madrid, fall back 31 October 2027: 02:30 (which would end at 03:20+01:00, 110 real minutes) is not offered', () => {
    const slots = computeSlots({
      windows: windowOn('2027-10-31', 0, 6).map((w) => ({ ...w })),
      busy: [],
      from: '2027-10-31',
      to: '2027-10-31',
      now: dayBefore('2027-10-31'),
      rules: { ...rules('Europe/Madrid'), stepMinutes: 30 },
    });
    expect(slots.map((s) => s.startTime)).not.toContain('02:30');
    for (const slot of slots) expect(Date.parse(slot.endsAt) - Date.parse(slot.startsAt)).toBe(50 * 60_000);
  });

  const zones = ['Europe/Madrid', 'America/New_York', 'America/Santiago', 'Australia/Sydney', 'Australia/Lord_Howe'];
  it.each(zones)('%s', (timeZone) => {
    const days = [2026, 2027].flatMap((year) => clockChangeDays(timeZone, year));
    expect(days.length).toBeGreaterThanOrEqual(4);
    fc.assert(
      fc.property(
        fc.constantFrom(...days),
        fc.integer({ min: 20, max: 120 }),
        fc.constantFrom(10, 15, 20, 30, 60),
        (date, sessionMinutes, stepMinutes) => {
          const slots = computeSlots({
            windows: windowOn(date, 0, 24).map((w) => ({ ...w, endMinutes: 24 * 60 })),
            busy: [],
            from: date,
            to: date,
            now: dayBefore(date),
            rules: { ...rules(timeZone), sessionMinutes, stepMinutes },
          });
          expect(slots.length).toBeGreaterThan(0);
          for (const slot of slots) {
            expect(Date.parse(slot.endsAt) - Date.parse(slot.startsAt)).toBe(sessionMinutes * 60_000);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
