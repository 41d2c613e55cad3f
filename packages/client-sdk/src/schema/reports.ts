import * as z from 'zod';
import { EntryMethod, LocalDate } from './common.js';

export const AbReportQuery = z.strictObject({
  from: LocalDate,
  to: LocalDate,
  format: z.enum(['json', 'csv']).optional(),
});
export type AbReportQuery = z.infer<typeof AbReportQuery>;

export const ArmReport = z.object({
  entryMethod: EntryMethod,
  sessions: z.number().int(),
  steps: z.record(z.string(), z.number().int()),
  conversions: z.number().int(),
  conversionRate: z.number(),
  ci95: z.tuple([z.number(), z.number()]),
  medianTimeToBookMs: z.number().nullable(),
  p90TimeToBookMs: z.number().nullable(),
});
export type ArmReport = z.infer<typeof ArmReport>;

export const AbReport = z.object({
  from: LocalDate,
  to: LocalDate,
  arms: z.array(ArmReport),
  comparison: z.object({
    /** web_form rate minus click_to_chat rate. */
    difference: z.number().nullable(),
    zScore: z.number().nullable(),
    pValue: z.number().nullable(),
  }),
  daily: z.array(
    z.object({ date: LocalDate, entryMethod: EntryMethod, sessions: z.number().int(), conversions: z.number().int() }),
  ),
});
export type AbReport = z.infer<typeof AbReport>;

/** A clinic-local date range, inclusive. */
export const DateRangeQuery = z.strictObject({ from: LocalDate, to: LocalDate });
export type DateRangeQuery = z.infer<typeof DateRangeQuery>;

/** Whether a report range holds demo data, so the console can label it. */
export const DemoDataFlag = z.object({ demo: z.boolean() });
export type DemoDataFlag = z.infer<typeof DemoDataFlag>;
