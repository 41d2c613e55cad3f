import * as z from 'zod';

/** The verify handshake Meta sends once when the webhook is subscribed. */
export const WebhookVerifyQuery = z.looseObject({
  'hub.mode': z.string().optional().describe('"subscribe"'),
  'hub.verify_token': z.string().optional().describe('Must equal WHATSAPP_VERIFY_TOKEN'),
  'hub.challenge': z.string().optional().describe('Echoed back as the body'),
});

/**
 * What Meta posts (messages and delivery statuses). Documented loosely: Meta adds fields over
 * time and the server reads only what it needs, after checking the signature.
 */
export const WebhookDelivery = z.looseObject({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(z.looseObject({ id: z.string(), changes: z.array(z.unknown()) })),
});

/** How a delivery was handled; each message id is handled once, so a redelivery counts as duplicates. */
export const WebhookAck = z.object({
  received: z.literal(true),
  messages: z.number().int(),
  duplicates: z.number().int(),
  statuses: z.number().int(),
  failed: z.number().int(),
});
export type WebhookAck = z.infer<typeof WebhookAck>;
