import { describe, expect, it } from 'vitest';
import { parseDelivery, WebhookPayload } from '../../src/whatsapp/payload.js';

const value = (extra: Record<string, unknown>) => ({
  messaging_product: 'whatsapp',
  metadata: { display_phone_number: '34600000000', phone_number_id: '1098765432' },
  ...extra,
});

/** Shaped like Meta's documented examples: several entries, changes, messages and statuses. */
const DELIVERY = {
  object: 'whatsapp_business_account',
  entry: [
    {
      id: 'WABA-1',
      changes: [
        {
          field: 'messages',
          value: value({
            contacts: [{ profile: { name: 'Ana García' }, wa_id: '34600111222' }],
            messages: [
              {
                from: '34600111222',
                id: 'wamid.B',
                timestamp: '1764486002',
                type: 'interactive',
                context: { from: '34600000000', id: 'wamid.out.1' },
                interactive: {
                  type: 'list_reply',
                  list_reply: { id: '1.2|day:2026-12-01', title: 'mar 1 dic', description: '8 horas libres' },
                },
              },
              { from: '34600111222', id: 'wamid.A', timestamp: '1764486001', type: 'text', text: { body: 'Hola 😊' } },
            ],
          }),
        },
        {
          field: 'messages',
          value: value({
            statuses: [
              {
                id: 'wamid.out.1',
                status: 'delivered',
                timestamp: '1764486003',
                recipient_id: '34600111222',
                conversation: { id: 'c1', origin: { type: 'service' } },
                pricing: { billable: true, pricing_model: 'CBP', category: 'service' },
              },
              {
                id: 'wamid.out.2',
                status: 'failed',
                timestamp: '1764486004',
                recipient_id: '34600111222',
                errors: [{ code: 131047, title: 'Re-engagement message' }],
              },
            ],
          }),
        },
      ],
    },
    {
      id: 'WABA-1',
      changes: [
        {
          field: 'messages',
          value: value({
            contacts: [{ profile: { name: 'John Smith' }, wa_id: '447700900123' }],
            messages: [
              {
                from: '447700900123',
                id: 'wamid.C',
                timestamp: '1764486005',
                type: 'interactive',
                interactive: { type: 'button_reply', button_reply: { id: '3.4|yes', title: 'Yes' } },
              },
              {
                from: '447700900123',
                id: 'wamid.D',
                timestamp: '1764486006',
                type: 'unsupported',
                errors: [{ code: 131051, title: 'Message type unknown' }],
              },
              {
                from: '447700900123',
                id: 'wamid.E',
                timestamp: '1764486007',
                type: 'image',
                image: { id: 'media-1', mime_type: 'image/jpeg' },
              },
              {
                from: '447700900123',
                id: 'wamid.F',
                timestamp: '1764486008',
                type: 'button',
                button: { text: 'Confirm', payload: 'confirm' },
              },
              { nonsense: true },
            ],
          }),
        },
      ],
    },
  ],
};

describe('webhook payload', () => {
  it('reads every message and status of every change of every entry, messages in time order', () => {
    const delivery = parseDelivery(WebhookPayload.parse(DELIVERY));
    expect(delivery.messages.map((m) => m.id)).toEqual([
      'wamid.A',
      'wamid.B',
      'wamid.C',
      'wamid.D',
      'wamid.E',
      'wamid.F',
    ]);
    expect(delivery.messages[0]).toEqual({
      id: 'wamid.A',
      from: '34600111222',
      timestamp: 1764486001,
      profileName: 'Ana García',
      content: { kind: 'text', text: 'Hola 😊' },
    });
    expect(delivery.messages[1]!.content).toEqual({ kind: 'choice', id: '1.2|day:2026-12-01', title: 'mar 1 dic' });
    expect(delivery.messages[2]!.content).toEqual({ kind: 'choice', id: '3.4|yes', title: 'Yes' });
    expect(delivery.messages[2]!.profileName).toBe('John Smith');
    expect(delivery.messages[3]!.content).toEqual({ kind: 'unsupported', type: 'unsupported' });
    expect(delivery.messages[4]!.content).toEqual({ kind: 'unsupported', type: 'image' });
    expect(delivery.messages[5]!.content).toEqual({ kind: 'choice', id: 'confirm', title: 'Confirm' });
    expect(delivery.statuses).toEqual([
      { id: 'wamid.out.1', status: 'delivered', recipientId: '34600111222', errors: [] },
      {
        id: 'wamid.out.2',
        status: 'failed',
        recipientId: '34600111222',
        errors: [{ code: 131047, title: 'Re-engagement message' }],
      },
    ]);
    expect(delivery.skipped).toBe(1);
  });

  it('refuses a body that is not a webhook delivery', () => {
    expect(WebhookPayload.safeParse({ hello: 'world' }).success).toBe(false);
    expect(WebhookPayload.safeParse({ object: 'whatsapp_business_account', entry: 'x' }).success).toBe(false);
  });
});
