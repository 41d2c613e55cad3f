import type { RequestOptions } from '../options.js';
import type { BodyOf, OkBodyOf, ParamsOf, QueryOf, Route } from '../routes/route.js';
import { fillPath } from './path.js';
import type { Call, Transport } from './transport.js';

/** Query values may be left undefined; they are then not sent. */
type QueryInput<Q> = { [K in keyof Q]: Q[K] | undefined };

/** What a call of `R` sends: exactly the parts its route declares, typed by its schemas. */
export type CallInput<R extends Route> = (R['params'] extends object ? { params: ParamsOf<R> } : unknown) &
  (R['query'] extends object ? { query?: QueryInput<QueryOf<R>> } : unknown) &
  (R['body'] extends object ? { body: BodyOf<R> } : unknown);

interface CallOptions extends RequestOptions {
  /** Makes a write safe to retry: the server answers a repeated key with the first response. */
  idempotencyKey?: string | undefined;
}

function describe<R extends Route>(route: R, input: CallInput<R>, options: CallOptions) {
  const { params, query, body } = input as { params?: object; query?: object; body?: unknown };
  return {
    method: route.method,
    path: fillPath(route.path, params),
    query,
    body,
    // Reads are safe to repeat; a write only when the server can recognise the repeat.
    retry: route.method === 'GET' || options.idempotencyKey !== undefined,
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
  } satisfies Omit<Call<unknown>, 'response'>;
}

/** Calls one route of the table; resolves with its success body, validated by its schema. */
export function call<R extends Route>(
  http: Transport,
  route: R,
  input: CallInput<R>,
  options: CallOptions = {},
): Promise<OkBodyOf<R>> {
  const { schema } = route.ok;
  const response: Call<OkBodyOf<R>>['response'] = schema ? { schema: schema as never } : { none: true };
  return http.request({ ...describe(route, input, options), response });
}

/** Calls a route for one of its non-JSON answers (e.g. `text/csv`); resolves with the text. */
export function callText<R extends Route>(
  http: Transport,
  route: R,
  input: CallInput<R>,
  accept: keyof NonNullable<R['ok']['alternatives']> & string,
  options: CallOptions = {},
): Promise<string> {
  return http.request({ ...describe(route, input, options), accept, response: { text: true } });
}
