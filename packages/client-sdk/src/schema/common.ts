import * as z from 'zod';

/** The years a date may name: wide enough for any booking or report, narrow enough for Postgres. */
const YEARS = { min: 1900, max: 2200 } as const;

/** A calendar date in the clinic's time zone, `YYYY-MM-DD`. */
export const LocalDate = z.iso
  .date()
  .refine((date) => {
    const year = Number(date.slice(0, 4));
    return year >= YEARS.min && year <= YEARS.max;
  }, `must be a date between ${YEARS.min} and ${YEARS.max}`)
  .describe('Calendar date in the clinic time zone, YYYY-MM-DD');

/** A wall-clock time in the clinic's time zone, `HH:MM` (24 h). */
export const LocalTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM (24 h)')
  .describe('Wall-clock time in the clinic time zone, HH:MM');

/** An exact instant, ISO 8601 with offset. */
export const Instant = z.iso.datetime({ offset: true }).describe('ISO 8601 instant with offset');

/** Postgres `integer`: an id past it can name no row (and would fail the query, not the check). */
export const MAX_ID = 2_147_483_647;
export const Id = z.number().int().positive().max(MAX_ID);
/** Path and query ids arrive as strings. */
export const IdParam = z.coerce.number().int().positive().max(MAX_ID);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A line a person types (a name, a phone): no control characters (Postgres cannot store a NUL). */
export const lineOfText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((text) => !CONTROL.test(text), 'must not contain control characters');

/** Free text (notes, a bio): line breaks and tabs, but no other control characters. */
export const freeText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !CONTROL_BUT_LINES.test(text), 'must not contain control characters');

/** The path parameters of `/…/:id`. */
export const IdParams = z.strictObject({ id: IdParam });

export const ENTRY_METHODS = ['web_form', 'click_to_chat'] as const;
export const EntryMethod = z.enum(ENTRY_METHODS).describe('Which arm of the experiment the booking came through');
export type EntryMethod = z.infer<typeof EntryMethod>;

export const APPOINTMENT_STATUSES = ['scheduled', 'confirmed', 'cancelled', 'completed'] as const;
export const AppointmentStatus = z.enum(APPOINTMENT_STATUSES);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

/** An opaque id for one visit, made by the widget or a developer's UI. */
export const SessionId = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "-" or "_"');

/** RFC 9457 problem details, with our stable `code` and the failing fields. */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;
