import * as z from 'zod';

/** `GET /v1/config`: what a widget needs to know about the clinic. */
export const ClinicConfig = z.object({
  clinicName: z.string(),
  timezone: z.string().describe('IANA time zone of the clinic'),
  whatsappNumber: z.string().describe('The clinic WhatsApp number, digits with a leading +'),
  experiment: z.object({
    webFormShare: z.number().min(0).max(1).describe('Share of visitors assigned to web_form'),
  }),
  sessionMinutes: z.number().int().positive(),
  bookingHorizonDays: z.number().int().positive(),
  defaultCountry: z.string().length(2),
  /** Where click-to-chat links open instead of wa.me: the local simulator in the demo. */
  chatUrl: z.url().optional(),
});
export type ClinicConfig = z.infer<typeof ClinicConfig>;
