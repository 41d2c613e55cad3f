import * as z from 'zod';
import { EntryMethod, Id, SessionId } from './common.js';

/** The funnel events, in funnel order per arm. */
export const EVENT_TYPES = [
  'widget_view',
  'variant_assigned',
  'psychologist_selected',
  'date_selected',
  'slot_selected',
  'details_submitted',
  'booking_confirmed',
  'booking_failed',
  'chat_clicked',
  'chat_started',
  'chat_step',
  'chat_completed',
  'chat_abandoned',
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

/** The steps of each arm's funnel, in order (failures and abandons are not steps). */
export const FUNNEL_STEPS = {
  web_form: [
    'widget_view',
    'variant_assigned',
    'psychologist_selected',
    'date_selected',
    'slot_selected',
    'details_submitted',
    'booking_confirmed',
  ],
  click_to_chat: ['widget_view', 'variant_assigned', 'chat_clicked', 'chat_started', 'chat_step', 'chat_completed'],
} as const satisfies Record<'web_form' | 'click_to_chat', readonly EventType[]>;

/**
 * Known, non-personal keys an event may carry. Anything else is refused, so names, phones
 * and emails never land in metrics.
 */
export const EventData = z
  .strictObject({
    variant: EntryMethod.optional(),
    psychologistId: Id.optional(),
    date: z.iso.date().optional(),
    startTime: z
      .string()
      .regex(/^\d{2}:\d{2}$/)
      .optional(),
    step: z
      .string()
      .max(50)
      .regex(/^[a-z_]+$/)
      .optional(),
    errorCode: z
      .string()
      .max(50)
      .regex(/^[a-z_]+$/)
      .optional(),
    lang: z.enum(['en', 'es']).optional(),
    source: z
      .string()
      .max(50)
      .regex(/^[A-Za-z0-9_.-]+$/)
      .optional(),
  })
  .describe('Non-personal event details; unknown keys are refused');

export const MetricEvent = z.strictObject({
  sessionId: SessionId,
  entryMethod: EntryMethod,
  eventType: EventType,
  /** Milliseconds since the session's first event. */
  timeTaken: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600 * 1000)
    .optional(),
  appointmentId: Id.optional(),
  data: EventData.optional(),
});
export type MetricEvent = z.infer<typeof MetricEvent>;

export const MAX_EVENTS_PER_BATCH = 50;

export const MetricBatch = z.strictObject({
  events: z.array(MetricEvent).min(1).max(MAX_EVENTS_PER_BATCH),
});
export type MetricBatch = z.infer<typeof MetricBatch>;

export const MetricsAccepted = z.object({ accepted: z.number().int() });
export type MetricsAccepted = z.infer<typeof MetricsAccepted>;
