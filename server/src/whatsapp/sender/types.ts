import type { Outbound } from '../types.js';

/** How a send ended. A failure is a value, not an exception: a reply must never undo a booking. */
export type SendResult =
  | { ok: true; wamid?: string }
  | {
      ok: false;
      /**
       * `outside_window`: the patient's last message is over 24 h old (131047), only an approved
       * template may be sent. `rate_limited`: still throttled after every retry.
       */
      kind: 'outside_window' | 'rate_limited' | 'rejected' | 'unreachable';
      code?: number;
    };

export interface Sender {
  send(to: string, message: Outbound): Promise<SendResult>;
}
