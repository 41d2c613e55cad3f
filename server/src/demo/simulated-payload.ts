import { randomUUID } from 'node:crypto';

export interface SimulatedMessage {
  waId: string;
  /** WhatsApp profile name. */
  name?: string | undefined;
  text?: string | undefined;
  choice?: { id: string; title: string; kind: 'button_reply' | 'list_reply' } | undefined;
  /** Message id; a fresh `wamid.` id by default. */
  id?: string;
  /** Seconds since the epoch. @default now */
  timestamp?: number;
}

/** The `messages[]` item Meta sends for a text or a tapped button/list row. */
export function simulatedMessage(message: SimulatedMessage): Record<string, unknown> {
  const base = {
    from: message.waId,
    id: message.id ?? `wamid.${Buffer.from(randomUUID()).toString('base64url')}`,
    timestamp: String(message.timestamp ?? Math.floor(Date.now() / 1000)),
  };
  if (message.choice) {
    const { kind, id, title } = message.choice;
    return { ...base, type: 'interactive', interactive: { type: kind, [kind]: { id, title } } };
  }
  return { ...base, type: 'text', text: { body: message.text ?? '' } };
}

/**
 * A whole webhook delivery shaped like Meta's (`object`, `entry[].changes[].value` with
 * `metadata`, `contacts` and `messages`), for the simulator, `npm run chat`, tests and the bench.
 */
export function simulatedDelivery(
  message: SimulatedMessage,
  messages: Record<string, unknown>[] = [simulatedMessage(message)],
) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '0',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '34600000000', phone_number_id: 'local' },
              contacts: [{ profile: { name: message.name ?? 'Simulator' }, wa_id: message.waId }],
              messages,
            },
          },
        ],
      },
    ],
  };
}
