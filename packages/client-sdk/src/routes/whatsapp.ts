import * as z from 'zod';
import { WebhookAck, WebhookDelivery, WebhookVerifyQuery } from '../schema/whatsapp.js';
import { route } from './route.js';

export const verifyWhatsappWebhook = route({
  operationId: 'verifyWhatsappWebhook',
  method: 'GET',
  path: '/v1/whatsapp/webhook',
  summary: 'Verify handshake: echoes hub.challenge when hub.verify_token matches',
  tag: 'WhatsApp',
  access: 'no-auth',
  query: WebhookVerifyQuery,
  ok: {
    status: 200,
    description: 'The challenge, as text',
    alternatives: { 'text/plain': z.string() },
  },
  problems: { 403: ['forbidden'] },
});

export const receiveWhatsappWebhook = route({
  operationId: 'receiveWhatsappWebhook',
  method: 'POST',
  path: '/v1/whatsapp/webhook',
  summary: 'Messages and statuses from the WhatsApp Cloud API',
  description:
    'Signed with `X-Hub-Signature-256` over the raw body; a bad or missing signature is refused and nothing is ' +
    'stored. Each message id is handled once, so a redelivery is harmless; a non-200 makes Meta redeliver.',
  tag: 'WhatsApp',
  access: 'webhook-signature',
  body: {
    schema: WebhookDelivery,
    raw: true,
  },
  ok: {
    status: 200,
    description: 'Acknowledged',
    schema: WebhookAck,
  },
  problems: { 401: ['invalid_signature'], 503: ['retry_later'] },
});
