import { isoDate, lastDayOf, todayIn } from '../format.js';

/**
 * The clinic-local dates a patient may book: from today to today + the booking horizon, in
 * the clinic's zone (the server decides the exact slots; this bounds the calendar).
 */
export class BookableWindow {
  constructor(
    private readonly timezone: string,
    private readonly horizonDays: number,
  ) {}

  get today(): string {
    return todayIn(this.timezone);
  }
  get lastDay(): string {
    return isoDate(new Date(Date.parse(`${this.today}T12:00:00Z`) + this.horizonDays * 86_400_000));
  }
  /** 'YYYY-MM' of today. */
  get firstMonth(): string {
    return this.today.slice(0, 7);
  }
  /** 'YYYY-MM' of the horizon's last day. */
  get lastMonth(): string {
    return this.lastDay.slice(0, 7);
  }

  /** The month's dates that can have slots, or nothing when the month is outside the window. */
  range(month: string): { from: string; to: string } | undefined {
    if (!month) return undefined;
    const first = `${month}-01`;
    const from = first < this.today ? this.today : first;
    const last = lastDayOf(month);
    const to = last > this.lastDay ? this.lastDay : last;
    return from <= to ? { from, to } : undefined;
  }
}
