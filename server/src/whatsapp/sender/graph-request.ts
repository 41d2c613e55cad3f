import type { Outbound } from '../types.js';

/** The Cloud API body for `POST /{phone-number-id}/messages`. */
export function graphRequestBody(to: string, message: Outbound): Record<string, unknown> {
  const base = { messaging_product: 'whatsapp', recipient_type: 'individual', to };
  switch (message.type) {
    case 'text':
      return { ...base, type: 'text', text: { preview_url: false, body: message.body } };
    case 'buttons':
      return {
        ...base,
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: message.body },
          action: { buttons: message.buttons.map((reply) => ({ type: 'reply', reply })) },
        },
      };
    case 'list':
      return {
        ...base,
        type: 'interactive',
        interactive: {
          type: 'list',
          body: { text: message.body },
          action: { button: message.button, sections: [{ rows: message.rows }] },
        },
      };
  }
}
