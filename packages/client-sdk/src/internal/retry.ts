/** How long to wait between attempts. */
export interface Backoff {
  /** First delay before jitter. @default 500 @unit milliseconds */
  initialMs?: number;
  /** Ceiling for one delay, also the longest `Retry-After` we wait for. @default 8000 @unit milliseconds */
  maxMs?: number;
}

export const DEFAULT_BACKOFF = { initialMs: 500, maxMs: 8000 } as const;

/** Statuses worth another try: the request timed out, was rate limited, or the server failed. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Exponential backoff with jitter: `initial · 2^retry`, capped, then reduced by up to 25% at
 * random so a crowd of clients that failed together does not come back together.
 */
export function backoffDelay(retry: number, backoff: Required<Backoff>, random = Math.random): number {
  const base = Math.min(backoff.initialMs * 2 ** retry, backoff.maxMs);
  return Math.round(base * (1 - random() * 0.25));
}

/**
 * The server's requested wait, from `retry-after-ms` (milliseconds, as some gateways send)
 * or `Retry-After` (seconds or an HTTP date). `undefined` when absent or unreadable.
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number.parseFloat(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
