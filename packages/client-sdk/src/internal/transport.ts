import type { z } from 'zod';
import { AbortError, ConnectionError, PsybookError, SchemaValidationError, TimeoutError } from '../errors.js';
import type { ClientOptions } from '../options.js';
import { apiErrorFrom, type RawResponse } from './api-error.js';
import { queryString } from './path.js';
import { DEFAULT_BACKOFF, backoffDelay, isRetryableStatus, retryAfterMs, sleep } from './retry.js';

/** One API call as a resource describes it. */
export interface Call<T> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Already encoded, built with `path```; starts with `/v1/`. */
  path: string;
  query?: object | undefined;
  body?: unknown;
  /** How to read a 2xx body: validated JSON, raw text, or nothing (204). */
  response: { schema: z.ZodType<T> } | { text: true } | { none: true };
  /** Safe to send again after a failure (GET, or carries an idempotency key). */
  retry: boolean;
  idempotencyKey?: string | undefined;
  signal?: AbortSignal | undefined;
  accept?: string;
}

export interface Transport {
  readonly baseUrl: string;
  request<T>(call: Call<T>): Promise<T>;
}

type Attempt = { ok: true; response: RawResponse } | { ok: false; error: PsybookError; retryable: boolean };

export function createTransport(options: ClientOptions): Transport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRetries = Math.max(0, options.maxRetries ?? 2);
  const backoff = { ...DEFAULT_BACKOFF, ...stripUndefined(options.backoff ?? {}) };

  async function headersFor(call: Call<unknown>): Promise<Record<string, string>> {
    const headers: Record<string, string> = { accept: call.accept ?? 'application/json' };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    if (call.idempotencyKey) headers['idempotency-key'] = call.idempotencyKey;
    const token = await resolveToken(options.accessToken);
    if (token) headers['authorization'] = `Bearer ${token}`;
    return headers;
  }

  async function attempt(call: Call<unknown>, url: string): Promise<Attempt> {
    const controller = new AbortController();
    const forward = () => controller.abort(call.signal?.reason);
    call.signal?.addEventListener('abort', forward, { once: true });
    let timedOut = false;
    // setTimeout would treat Infinity as 1 ms; a non-finite or non-positive limit means none.
    const timer =
      Number.isFinite(timeoutMs) && timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    try {
      const init: RequestInit = { method: call.method, headers: await headersFor(call), signal: controller.signal };
      if (call.body !== undefined) init.body = JSON.stringify(call.body);
      const res = options.fetch ? await options.fetch(url, init) : await globalThis.fetch(url, init);
      // The body is read under the same timer and signal: a stalled body is a timeout too.
      const response = { status: res.status, statusText: res.statusText, headers: res.headers, text: await res.text() };
      return { ok: true, response };
    } catch (cause) {
      if (call.signal?.aborted) throw new AbortError({ cause: call.signal.reason });
      if (cause instanceof PsybookError) throw cause;
      if (timedOut) return { ok: false, error: new TimeoutError(timeoutMs), retryable: true };
      return { ok: false, error: new ConnectionError({ cause }), retryable: true };
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', forward);
    }
  }

  return {
    baseUrl,
    async request<T>(call: Call<T>): Promise<T> {
      const url = `${baseUrl}${call.path}${queryString(call.query)}`;
      for (let retry = 0; ; retry++) {
        if (call.signal?.aborted) throw new AbortError({ cause: call.signal.reason });
        const outcome = await attempt(call, url);
        let delay: number;
        if (outcome.ok) {
          const { response } = outcome;
          if (response.status < 300) return readBody(call, response);
          const error = apiErrorFrom(response);
          if (!call.retry || !isRetryableStatus(response.status) || retry >= maxRetries) throw error;
          const asked = retryAfterMs(response.headers);
          // A wait longer than we would ever back off is the server saying "not now": give up.
          if (asked !== undefined && asked > backoff.maxMs) throw error;
          delay = asked ?? backoffDelay(retry, backoff);
        } else {
          if (!call.retry || !outcome.retryable || retry >= maxRetries) throw outcome.error;
          delay = backoffDelay(retry, backoff);
        }
        try {
          await sleep(delay, call.signal);
        } catch (cause) {
          throw new AbortError({ cause });
        }
      }
    },
  };
}

function readBody<T>(call: Call<T>, response: RawResponse): T {
  const what = `${call.method} ${call.path}`;
  if ('none' in call.response) return undefined as T;
  if ('text' in call.response) return response.text as T;
  let json: unknown;
  try {
    json = JSON.parse(response.text);
  } catch {
    throw new SchemaValidationError(what, [{ path: [], message: 'is not JSON', code: 'invalid_json' }]);
  }
  const parsed = call.response.schema.safeParse(json);
  if (!parsed.success) throw new SchemaValidationError(what, parsed.error.issues);
  return parsed.data;
}

async function resolveToken(token: ClientOptions['accessToken']): Promise<string | undefined> {
  if (typeof token !== 'function') return token;
  try {
    return (await token()) ?? undefined;
  } catch (cause) {
    throw new PsybookError('Could not get an access token', { cause });
  }
}

function stripUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}
