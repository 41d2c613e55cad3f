import type { Backoff } from './internal/retry.js';

export type { Backoff };

/** A bearer token, or a function asked for the current one before every attempt (so refreshes apply). */
export type AccessToken = string | (() => Promise<string | undefined> | string | undefined);

/** The subset of `fetch` the client uses; pass your own for tests, proxies or older runtimes. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ClientOptions {
  /** Where the API lives, e.g. `https://clinic.example/api` (no trailing `/v1`). */
  baseUrl: string;
  /** @default globalThis.fetch, looked up at call time */
  fetch?: FetchLike | undefined;
  /** Sent as `Authorization: Bearer …` when present; patients booking need none. */
  accessToken?: AccessToken | undefined;
  /** Per attempt; `Infinity` or 0 for none. @default 10000 @unit milliseconds */
  timeoutMs?: number | undefined;
  /** Extra attempts for requests that are safe to repeat. @default 2 */
  maxRetries?: number | undefined;
  /** Delays between attempts. @default { initialMs: 500, maxMs: 8000 } */
  backoff?: Backoff | undefined;
}

/** Per-call options. */
export interface RequestOptions {
  /** Aborts the call, including any wait between retries; the call then rejects with `AbortError`. */
  signal?: AbortSignal | undefined;
}

export interface CreateBookingOptions extends RequestOptions {
  /**
   * Makes retries of this booking safe: the server answers a repeated key with the first
   * response. @default a random key, generated once per `create` call and reused by its retries
   */
  idempotencyKey?: string | undefined;
}
