import type { Logger } from 'pino';
import type { Outbound } from '../types.js';
import type { Sender } from './types.js';

/**
 * Sends replies after the conversation's transaction has committed, so a slow or failing Graph
 * API never holds a lock, delays the webhook's 200 or undoes a booking. One queue per recipient
 * keeps each patient's replies in order in this process.
 */
export interface Dispatcher {
  enqueue(to: string, messages: Outbound[]): void;
  /** Resolves when everything queued so far (for `to`, or for everyone) has been tried. */
  idle(to?: string): Promise<void>;
}

export function createDispatcher(sender: Sender, logger: Logger): Dispatcher {
  const tails = new Map<string, Promise<void>>();
  return {
    enqueue(to, messages) {
      if (!messages.length) return;
      const previous = tails.get(to) ?? Promise.resolve();
      const next = previous.then(async () => {
        for (const message of messages) {
          const result = await sender.send(to, message);
          // Outside the 24-hour window nothing free-form will get through; stop this batch.
          if (!result.ok && result.kind === 'outside_window') break;
        }
      });
      const tail = next.catch((error: unknown) => logger.error({ err: error }, 'whatsapp dispatch failed'));
      tails.set(to, tail);
      void tail.finally(() => {
        if (tails.get(to) === tail) tails.delete(to);
      });
    },
    async idle(to) {
      while (true) {
        const pending = to === undefined ? [...tails.values()] : [tails.get(to)].filter((p) => p !== undefined);
        if (!pending.length) return;
        await Promise.all(pending);
      }
    },
  };
}
