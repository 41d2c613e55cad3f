import { createHmac } from 'node:crypto';
import { simulatedDelivery, simulatedMessage, type SimulatedMessage } from '../../../src/demo/simulated-payload.js';

export const TEST_APP_SECRET = 'test-whatsapp-app-secret';
export const TEST_VERIFY_TOKEN = 'test-verify-token';

/** Meta's header for exactly these bytes. Written here, not imported, so tests check the code. */
export function sign(body: string | Buffer, secret = TEST_APP_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Posts raw bytes to the webhook with the given signature header (or none). */
export function postRaw(url: string, body: string | Buffer, signature: string | undefined) {
  return fetch(`${url}/v1/whatsapp/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) },
    body,
  });
}

/** Posts a delivery signed like Meta signs it. */
export function postSigned(url: string, delivery: unknown) {
  const body = JSON.stringify(delivery);
  return postRaw(url, body, sign(body));
}

export { simulatedDelivery, simulatedMessage, type SimulatedMessage };
