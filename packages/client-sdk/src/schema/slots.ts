import * as z from 'zod';
import { Instant, LocalDate, LocalTime } from './common.js';

export const SlotQuery = z.strictObject({
  from: LocalDate,
  to: LocalDate,
});
export type SlotQuery = z.infer<typeof SlotQuery>;

/** One bookable time: clinic-local date and times, and the exact instants. */
export const Slot = z.object({
  date: LocalDate,
  startTime: LocalTime,
  endTime: LocalTime,
  startsAt: Instant,
  endsAt: Instant,
});
export type Slot = z.infer<typeof Slot>;

export const SlotList = z.object({ timezone: z.string(), data: z.array(Slot) });
export type SlotList = z.infer<typeof SlotList>;
