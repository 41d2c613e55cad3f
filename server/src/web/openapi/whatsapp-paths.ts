import * as z from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { json, op } from './operations.js';

/** Meta's webhook for the WhatsApp bot. */
export const whatsappPaths: ZodOpenApiPathsObject = {
  '/v1/whatsapp/webhook': {
    get: op('Verify handshake: echoes hub.challenge when hub.verify_token matches', 'WhatsApp', {
      requestParams: {
        query: z.object({
          'hub.mode': z.literal('subscribe'),
          'hub.verify_token': z.string(),
          'hub.challenge': z.string(),
        }),
      },
      responses: {
        '200': { description: 'The challenge, as text', content: { 'text/plain': { schema: z.string() } } },
        '403': { description: 'Wrong verify token' },
      },
    }),
    post: op('Messages and statuses from the WhatsApp Cloud API, signed with X-Hub-Signature-256', 'WhatsApp', {
      requestParams: {
        header: z.object({ 'x-hub-signature-256': z.string().describe('sha256=<hex HMAC of the raw body>') }),
      },
      requestBody: json(z.looseObject({ object: z.literal('whatsapp_business_account'), entry: z.array(z.unknown()) })),
      responses: {
        '200': { description: 'Acknowledged (each message id is handled once)' },
        '401': { description: 'Missing or wrong signature; nothing stored' },
      },
    }),
  },
};
