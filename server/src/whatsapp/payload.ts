import { z } from 'zod';
import type { InboundContent, InboundMessage, StatusUpdate } from './types.js';

// Meta adds fields over time: read what we need, ignore the rest (loose objects everywhere).
const Message = z.looseObject({
  from: z.string().regex(/^\d{5,20}$/),
  id: z.string().min(1).max(200),
  timestamp: z.coerce.number().int().nonnegative(),
  type: z.string(),
  text: z.looseObject({ body: z.string() }).optional(),
  interactive: z
    .looseObject({
      type: z.string(),
      button_reply: z.looseObject({ id: z.string(), title: z.string() }).optional(),
      list_reply: z.looseObject({ id: z.string(), title: z.string() }).optional(),
    })
    .optional(),
  button: z.looseObject({ payload: z.string().optional(), text: z.string() }).optional(),
});

const Status = z.looseObject({
  id: z.string(),
  status: z.string(),
  recipient_id: z.string().optional(),
  errors: z.array(z.looseObject({ code: z.number(), title: z.string().optional() })).optional(),
});

const Value = z.looseObject({
  contacts: z
    .array(z.looseObject({ wa_id: z.string(), profile: z.looseObject({ name: z.string().optional() }).optional() }))
    .optional(),
  messages: z.array(z.unknown()).optional(),
  statuses: z.array(z.unknown()).optional(),
});

export const WebhookPayload = z.looseObject({
  object: z.string(),
  entry: z.array(
    z.looseObject({
      changes: z.array(z.looseObject({ field: z.string().optional(), value: z.unknown() })).default([]),
    }),
  ),
});

export interface ParsedDelivery {
  messages: InboundMessage[];
  statuses: StatusUpdate[];
  /** Items that did not have the shape of a message or status (counted, not fatal). */
  skipped: number;
}

function contentOf(message: z.infer<typeof Message>): InboundContent {
  if (message.type === 'text' && message.text) return { kind: 'text', text: message.text.body };
  const reply = message.interactive?.button_reply ?? message.interactive?.list_reply;
  if (message.type === 'interactive' && reply) return { kind: 'choice', id: reply.id, title: reply.title };
  // A quick-reply button on a template message.
  if (message.type === 'button' && message.button) {
    return message.button.payload
      ? { kind: 'choice', id: message.button.payload, title: message.button.text }
      : { kind: 'text', text: message.button.text };
  }
  return { kind: 'unsupported', type: message.type };
}

/**
 * Control characters in a profile name are noise (and a NUL cannot be stored in Postgres text,
 * so a name with one would fail every redelivery): they are dropped.
 */
// eslint-disable-next-line no-control-regex
const withoutControls = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');

/** Typed text keeps its line breaks; only the NUL, which Postgres cannot store, goes. */
function withoutNul(content: InboundContent): InboundContent {
  // eslint-disable-next-line no-control-regex
  return content.kind === 'text' ? { ...content, text: content.text.replace(/\u0000/g, '') } : content;
}

/**
 * Every message and status of every change of every entry (never just index 0), messages
 * in timestamp order so one sender's burst is handled as it was written.
 */
export function parseDelivery(payload: z.infer<typeof WebhookPayload>): ParsedDelivery {
  const delivery: ParsedDelivery = { messages: [], statuses: [], skipped: 0 };
  for (const entry of payload.entry) {
    for (const change of entry.changes) {
      const value = Value.safeParse(change.value);
      if (!value.success) {
        delivery.skipped += 1;
        continue;
      }
      const names = new Map((value.data.contacts ?? []).map((c) => [c.wa_id, c.profile?.name]));
      for (const raw of value.data.messages ?? []) {
        const message = Message.safeParse(raw);
        if (!message.success) {
          delivery.skipped += 1;
          continue;
        }
        const name = withoutControls(names.get(message.data.from) ?? '').trim();
        delivery.messages.push({
          id: message.data.id,
          from: message.data.from,
          timestamp: message.data.timestamp,
          ...(name ? { profileName: name } : {}),
          content: withoutNul(contentOf(message.data)),
        });
      }
      for (const raw of value.data.statuses ?? []) {
        const status = Status.safeParse(raw);
        if (!status.success) {
          delivery.skipped += 1;
          continue;
        }
        delivery.statuses.push({
          id: status.data.id,
          status: status.data.status,
          recipientId: status.data.recipient_id ?? '',
          errors: (status.data.errors ?? []).map((e) => ({ code: e.code, title: e.title ?? '' })),
        });
      }
    }
  }
  delivery.messages.sort((a, b) => a.timestamp - b.timestamp);
  return delivery;
}
