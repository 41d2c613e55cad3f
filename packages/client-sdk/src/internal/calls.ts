import type { z } from 'zod';
import type { RequestOptions } from '../options.js';
import type { Call, Transport } from './transport.js';

/** A GET whose JSON answer is validated by `schema`; safe to retry. */
export function getJson<T>(
  http: Transport,
  path: string,
  schema: z.ZodType<T>,
  opts: RequestOptions,
  query?: object,
): Promise<T> {
  return http.request({ method: 'GET', path, query, response: { schema }, retry: true, signal: opts.signal });
}

/** A write answered with validated JSON (or nothing, without a schema); not retried. */
export function write<T>(
  http: Transport,
  method: Exclude<Call<T>['method'], 'GET'>,
  path: string,
  body: unknown,
  schema: z.ZodType<T> | undefined,
  opts: RequestOptions,
): Promise<T> {
  const response: Call<T>['response'] = schema ? { schema } : { none: true };
  return http.request({ method, path, body, response, retry: false, signal: opts.signal });
}
