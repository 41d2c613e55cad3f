import type { EntryMethod } from './schema/common.js';
import { MAX_EVENTS_PER_BATCH, MetricEvent, type EventType } from './schema/metrics.js';
import type { z } from 'zod';
import { isApiError } from './guards.js';
import { onPageExit, sendOnExit } from './internal/beacon.js';
import type { PsybookClient } from './client.js';

/** Non-personal details an event may carry (the contract refuses anything else). */
export type EventData = z.input<typeof MetricEvent>['data'];

export interface TrackerOptions {
  /** The client whose `metrics.send` and `baseUrl` are used. */
  client: Pick<PsybookClient, 'metrics' | 'baseUrl'>;
  /** The visit's id (`newSessionId()`); also the chat reference for click-to-chat. */
  sessionId: string;
  entryMethod: EntryMethod;
  /** Send a partial batch after this long. @default 2000 @unit milliseconds */
  flushIntervalMs?: number | undefined;
  /** Events per request (at most the API's 50); a full batch is sent at once. @default 20 */
  maxBatch?: number | undefined;
  /** Events kept while sends fail; past it the oldest are dropped. @default 500 */
  maxQueue?: number | undefined;
  /** When the session's first event happened, if it started on an earlier page. @unit epoch milliseconds */
  startedAt?: number | undefined;
  /** Told about events or batches that were dropped, and failed sends. Never throws into the page. */
  onError?: ((error: unknown) => void) | undefined;
  /** @default Date.now */
  now?: (() => number) | undefined;
}

export interface Tracker {
  /** Queues one event, stamped with `timeTaken` since the session's first event. Never throws. */
  track(eventType: EventType, data?: EventData, extra?: { appointmentId?: number | undefined }): void;
  /** Sends everything queued; resolves (never rejects) when done or when a send failed. */
  flush(): Promise<void>;
  /** Events tracked from now on carry this arm (e.g. after `assignVariant`). */
  setEntryMethod(entryMethod: EntryMethod): void;
  /** Stops the timer and page listeners and sends what is left. */
  dispose(): void;
}

const MAX_BACKOFF_MS = 60_000;

/** Batches funnel events to `POST /v1/metrics`; see DESIGN.md "Metrics and the A/B report". */
export function createTracker(options: TrackerOptions): Tracker {
  const { client, sessionId } = options;
  const now = options.now ?? Date.now;
  const interval = options.flushIntervalMs ?? 2000;
  const maxBatch = Math.min(Math.max(1, options.maxBatch ?? 20), MAX_EVENTS_PER_BATCH);
  const maxQueue = Math.max(maxBatch, options.maxQueue ?? 500);
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // The host's handler failing is not ours to surface.
    }
  };
  let entryMethod = options.entryMethod;
  let startedAt = options.startedAt;
  let queue: MetricEvent[] = [];
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let disposed = false;

  function schedule(delay: number) {
    if (timer !== undefined || disposed) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, delay);
    // In Node a pending flush must not keep the process alive.
    (timer as unknown as { unref?: () => void }).unref?.();
  }

  function enqueue(events: MetricEvent[], atFront: boolean) {
    queue = atFront ? [...events, ...queue] : [...queue, ...events];
    if (queue.length > maxQueue) {
      const dropped = queue.length - maxQueue;
      queue = queue.slice(dropped);
      report(new Error(`psybook tracker: queue full, dropped the ${dropped} oldest events`));
    }
  }

  /** Sends batches until the queue is empty or one fails; a failed batch goes back in front. */
  async function drain(): Promise<void> {
    while (queue.length) {
      const batch = queue.splice(0, maxBatch);
      try {
        await client.metrics.send({ events: batch });
        failures = 0;
      } catch (error) {
        report(error);
        // A batch the server refuses as invalid will never be accepted: drop it, keep the rest.
        if (
          isApiError(error) &&
          error.status >= 400 &&
          error.status < 500 &&
          error.status !== 408 &&
          error.status !== 429
        )
          continue;
        enqueue(batch, true);
        failures++;
        schedule(Math.min(interval * 2 ** failures, MAX_BACKOFF_MS));
        return;
      }
    }
  }

  function flush(): Promise<void> {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    chain = chain.then(drain).catch(report);
    return chain;
  }

  function beaconAll() {
    const url = `${client.baseUrl}/v1/metrics`;
    while (queue.length) {
      const batch = queue.slice(0, maxBatch);
      if (!sendOnExit(url, JSON.stringify({ events: batch }))) return;
      queue.splice(0, batch.length);
    }
  }
  const removeListeners = onPageExit(beaconAll);

  return {
    track(eventType, data, extra) {
      try {
        if (disposed) return;
        const at = now();
        startedAt ??= at;
        const event = MetricEvent.safeParse({
          sessionId,
          entryMethod,
          eventType,
          timeTaken: Math.max(0, Math.round(at - startedAt)),
          ...(extra?.appointmentId !== undefined ? { appointmentId: extra.appointmentId } : {}),
          ...(data !== undefined ? { data } : {}),
        });
        if (!event.success) {
          report(new TypeError(`psybook tracker: dropped an invalid ${eventType} event: ${event.error.message}`));
          return;
        }
        enqueue([event.data], false);
        if (queue.length >= maxBatch && failures === 0) void flush();
        else schedule(interval);
      } catch (error) {
        report(error);
      }
    },
    flush,
    setEntryMethod(next) {
      entryMethod = next;
    },
    dispose() {
      if (disposed) return;
      removeListeners();
      void flush();
      disposed = true;
    },
  };
}
