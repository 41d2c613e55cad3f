import type * as z from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** The roles a caller's token can carry (the server's own roles are never accepted from a caller). */
export type CallerRole = 'authenticated' | 'admin';

/**
 * Who may call an endpoint:
 * - `public`: anyone; a token, when sent, must still be valid (a bad one gets 401);
 * - `no-auth`: anyone, and no credentials are read at all (probes, Meta's handshake);
 * - `webhook-signature`: Meta, whose signature over the raw body is the credential;
 * - `{ roles }`: a caller signed in with one of these roles.
 */
export type Access = 'public' | 'no-auth' | 'webhook-signature' | { roles: readonly [CallerRole, ...CallerRole[]] };

/** The reference sections, in the order a reader meets them. */
export const TAGS = {
  Public: 'What a booking UI reads before the patient books: clinic settings, psychologists, free slots.',
  Bookings: 'Booking without an account, and the manage link a booking returns.',
  Staff: 'Signed-in patients and psychologists; the database policies decide which rows they see.',
  Admin: 'Clinic administration: psychologists, weekly availability, every appointment.',
  Experiment: 'The A/B experiment: funnel events in, the report out.',
  WhatsApp: "Meta's webhook for the WhatsApp bot.",
  Operators: 'Liveness and readiness for load balancers and orchestrators.',
} as const;
export type Tag = keyof typeof TAGS;

/** A success answer: its status, and the body by media type (none for 204). */
export interface OkResponse {
  status: 200 | 201 | 202 | 204;
  description: string;
  /** The JSON body; absent when the body is not JSON or there is none. */
  schema?: z.ZodType;
  /** Other media types the same status can answer with, e.g. `text/csv`. */
  alternatives?: Readonly<Record<string, z.ZodType>>;
  /** Response headers worth documenting, by name. */
  headers?: Readonly<Record<string, { description: string; schema: z.ZodType }>>;
}

/** Statuses whose problem+json answers a route lists by code. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

/** A request body: its schema and, where it is more than JSON, each media type's schema. */
export interface RequestBody {
  schema: z.ZodType;
  /** Media types besides `application/json`, e.g. `text/plain` for `navigator.sendBeacon`. */
  alternatives?: Readonly<Record<string, z.ZodType>>;
  /**
   * The server reads the raw bytes and validates after checking a signature over them, so
   * the schema documents the body but is not applied before the handler.
   */
  raw?: true;
}

/**
 * One endpoint of the API: the single description that the server registers and validates
 * from, the OpenAPI document is generated from, and the SDK's calls are typed by. Its
 * examples, for the reference only, are in examples.ts under its operationId.
 */
export interface Route {
  operationId: string;
  method: HttpMethod;
  /** Express-style, e.g. `/v1/bookings/:token`; every `:name` is a key of `params`. */
  path: string;
  summary: string;
  description?: string;
  tag: Tag;
  access: Access;
  params?: z.ZodType;
  query?: z.ZodType;
  /** Request headers the server reads; keys are lower-case. */
  headers?: z.ZodType;
  body?: RequestBody;
  ok: OkResponse;
  /** The problem codes each refusal status can carry (RFC 9457 `code`). */
  problems?: Partial<Record<ProblemStatus, readonly string[]>>;
  /** Answers that are not problem+json and come from below the app (status → description). */
  otherResponses?: Readonly<Record<string, string>>;
  /** Writes counted per client per minute; over the limit the answer is 429 `rate_limited`. */
  rateLimited?: true;
}

/** Keeps a route's literal types (its schemas) while checking it is a `Route`. */
export const route = <const R extends Route>(definition: R): R => definition;

type Infer<S> = S extends z.ZodType ? z.infer<S> : never;

/** The parsed path parameters of a route. */
export type ParamsOf<R extends Route> = Infer<R['params']>;
/** The parsed query of a route. */
export type QueryOf<R extends Route> = Infer<R['query']>;
/** The parsed request headers of a route. */
export type HeadersOf<R extends Route> = Infer<R['headers']>;
/** The parsed JSON request body of a route. */
export type BodyOf<R extends Route> = R['body'] extends RequestBody ? z.infer<R['body']['schema']> : never;
/** The JSON body of a route's success answer; `void` when it has none. */
export type OkBodyOf<R extends Route> = R['ok']['schema'] extends z.ZodType ? z.infer<R['ok']['schema']> : void;
