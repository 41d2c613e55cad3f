import type { Outbound } from '../types.js';
import type { Sender } from './types.js';

export interface OutboxEntry {
  /** Increases by one per reply; the simulator asks for entries after the last it showed. */
  seq: number;
  to: string;
  at: string;
  message: Outbound;
}

/**
 * Without Cloud API credentials replies land here instead of at Meta, for the simulator to show.
 * In memory and bounded: it is a development aid for one local process, not a queue.
 */
export class Outbox implements Sender {
  private entries: OutboxEntry[] = [];
  private seq = 0;
  constructor(private readonly capacity = 2000) {}

  async send(to: string, message: Outbound) {
    this.seq += 1;
    this.entries.push({ seq: this.seq, to, at: new Date().toISOString(), message });
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return { ok: true as const, wamid: `wamid.local.${this.seq}` };
  }

  /** Replies to `to` with a sequence number above `after`. */
  since(to: string, after: number): OutboxEntry[] {
    return this.entries.filter((entry) => entry.to === to && entry.seq > after);
  }

  /** The newest sequence number (0 when empty). */
  get last(): number {
    return this.seq;
  }
}
