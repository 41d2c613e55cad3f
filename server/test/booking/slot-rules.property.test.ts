import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WeeklyWindow } from '../../src/booking/store/availability.js';
import { dateOfDay, dayNumber, localDateOf, minutesOf, weekdayOf } from '../../src/booking/clinic-time.js';
import { computeSlots, type BusyRange, type SlotRules } from '../../src/booking/slot-rules.js';

const ZONES = ['Europe/Madrid', 'America/New_York', 'UTC', 'Asia/Kolkata', 'America/Sao_Paulo', 'Australia/Sydney'];
// Around 2026's clock changes in both hemispheres, so transitions fall inside many ranges.
const BASE_DAYS = ['2026-03-06', '2026-03-27', '2026-04-03', '2026-10-23', '2026-10-30', '2026-06-10'].map(dayNumber);

/** The clinic-local wall time of an instant, as Intl (not our code) reads it. */
function wallTime(iso: string, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

/** Whether a wall time exists in the zone that day, by @date-fns/tz's TZDate (an independent oracle). */
function oracleInstant(date: string, minutes: number, timeZone: string): number | undefined {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const instant = new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, 0, timeZone);
  return instant.getHours() * 60 + instant.getMinutes() === minutes && instant.getDate() === d
    ? instant.getTime()
    : undefined;
}

const window = fc
  .record({
    dayOfWeek: fc.integer({ min: 0, max: 6 }),
    start: fc.integer({ min: 0, max: 92 }),
    length: fc.integer({ min: 2, max: 40 }),
  })
  .map(({ dayOfWeek, start, length }): WeeklyWindow => ({
    dayOfWeek,
    startMinutes: start * 15,
    endMinutes: Math.min(1440, (start + length) * 15),
  }));

const scenario = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    baseDay: fc.constantFrom(...BASE_DAYS),
    fromOffset: fc.integer({ min: -3, max: 5 }),
    span: fc.integer({ min: 0, max: 12 }),
    nowMinutes: fc.integer({ min: 0, max: 3 * 1440 }),
    windows: fc.array(window, { maxLength: 8 }),
    busy: fc.array(
      fc.record({
        dayOffset: fc.integer({ min: -3, max: 17 }),
        start: fc.integer({ min: 0, max: 90 }),
        length: fc.integer({ min: 1, max: 16 }),
      }),
      { maxLength: 12 },
    ),
    rules: fc.record({
      sessionMinutes: fc.constantFrom(15, 30, 45, 50, 60, 90),
      stepMinutes: fc.constantFrom(15, 30, 45, 60, 120),
      minNoticeMinutes: fc.constantFrom(0, 30, 120, 1440),
      horizonDays: fc.integer({ min: 1, max: 10 }),
    }),
  })
  .map((s) => {
    const rules: SlotRules = { ...s.rules, timeZone: s.zone };
    const from = dateOfDay(s.baseDay + s.fromOffset);
    const to = dateOfDay(s.baseDay + s.fromOffset + s.span);
    const now = new Date(s.baseDay * 86_400_000 + s.nowMinutes * 60_000);
    const busy: BusyRange[] = s.busy.map((b) => ({
      date: dateOfDay(s.baseDay + b.dayOffset),
      startMinutes: b.start * 15,
      endMinutes: Math.min(1440, (b.start + b.length) * 15),
    }));
    return { rules, from, to, now, windows: s.windows, busy };
  });

describe('slot rules (property tests)', () => {
  it('never returns a slot that breaks a rule, and returns them ordered and distinct', () => {
    fc.assert(
      fc.property(scenario, ({ rules, from, to, now, windows, busy }) => {
        const slots = computeSlots({ windows, busy, from, to, now, rules });
        const lastDate = dateOfDay(dayNumber(localDateOf(now, rules.timeZone)) + rules.horizonDays);
        let previous = -Infinity;
        const seen = new Set<string>();
        for (const slot of slots) {
          const start = minutesOf(slot.startTime);
          const end = start + rules.sessionMinutes;
          // Inside a window of its weekday, on the step grid, the whole session fits.
          expect(
            windows.some(
              (w) =>
                w.dayOfWeek === weekdayOf(slot.date) &&
                start >= w.startMinutes &&
                end <= w.endMinutes &&
                (start - w.startMinutes) % rules.stepMinutes === 0,
            ),
          ).toBe(true);
          // Overlaps no live appointment.
          expect(busy.some((b) => b.date === slot.date && b.startMinutes < end && start < b.endMinutes)).toBe(false);
          // Not before now + notice, not after the horizon, inside the asked range.
          const startsAt = Date.parse(slot.startsAt);
          expect(startsAt).toBeGreaterThan(now.getTime());
          expect(startsAt).toBeGreaterThanOrEqual(now.getTime() + rules.minNoticeMinutes * 60_000);
          expect(slot.date <= lastDate && slot.date >= from && slot.date <= to).toBe(true);
          // The instants name the same wall time in the clinic's zone.
          expect(wallTime(slot.startsAt, rules.timeZone)).toEqual({ date: slot.date, time: slot.startTime });
          // Ordered by instant, distinct.
          expect(startsAt).toBeGreaterThan(previous);
          previous = startsAt;
          const key = `${slot.date} ${slot.startTime}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
      }),
    );
  });

  it('loses no slot: every free grid time that exists, lasts its session and is well past the notice is returned', () => {
    fc.assert(
      fc.property(scenario, ({ rules, from, to, now, windows, busy }) => {
        const returned = new Set(
          computeSlots({ windows, busy, from, to, now, rules }).map((s) => `${s.date} ${s.startTime}`),
        );
        const lastDate = dateOfDay(dayNumber(localDateOf(now, rules.timeZone)) + rules.horizonDays);
        // A margin of two hours keeps this oracle clear of which occurrence an ambiguous time means.
        const safeFrom = now.getTime() + rules.minNoticeMinutes * 60_000 + 2 * 3600_000;
        for (let day = dayNumber(from); day <= dayNumber(to); day++) {
          const date = dateOfDay(day);
          if (date > lastDate) continue;
          for (const w of windows.filter((w) => w.dayOfWeek === weekdayOf(date))) {
            for (let start = w.startMinutes; start + rules.sessionMinutes <= w.endMinutes; start += rules.stepMinutes) {
              const end = start + rules.sessionMinutes;
              const startsAt = oracleInstant(date, start, rules.timeZone);
              const endExists = end >= 1440 || oracleInstant(date, end, rules.timeZone) !== undefined;
              if (startsAt === undefined || !endExists || startsAt < safeFrom) continue;
              // A session across a clock change would not last its length: by the rules it is no slot.
              const endsAt = end < 1440 ? oracleInstant(date, end, rules.timeZone) : undefined;
              if (endsAt !== undefined && endsAt - startsAt !== rules.sessionMinutes * 60_000) continue;
              if (busy.some((b) => b.date === date && b.startMinutes < end && start < b.endMinutes)) continue;
              expect(
                returned.has(
                  `${date} ${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`,
                ),
              ).toBe(true);
            }
          }
        }
      }),
    );
  });
});
