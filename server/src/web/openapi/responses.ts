import * as z from 'zod';
import type { ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import { PROBLEM_CODES, Problem, type Route } from '@psybook/client-sdk/schema';
import { examplesOf } from './examples.js';

type Codes = Record<string, string[]>;

const add = (codes: Codes, status: number, ...more: string[]) => {
  const list = (codes[status] ??= []);
  for (const code of more) if (!list.includes(code)) list.push(code);
};

/**
 * The problem codes a route can answer, by status: the ones it lists, plus those that follow
 * from what it declares (input → 400, a token → 401, roles → 403, a body → 413, a limit → 429).
 */
export function problemCodes(route: Route): Codes {
  const codes: Codes = {};
  if (route.params || route.query || route.headers || route.body) add(codes, 400, 'validation_failed');
  // Every route behind the app's authenticate step refuses a bad token, public ones included.
  if (route.access === 'public' || typeof route.access === 'object') add(codes, 401, 'unauthorized');
  if (typeof route.access === 'object') add(codes, 403, 'forbidden');
  if (route.body) add(codes, 413, 'payload_too_large');
  if (route.rateLimited) add(codes, 429, 'rate_limited');
  for (const [status, listed] of Object.entries(route.problems ?? {})) add(codes, Number(status), ...listed);
  return codes;
}

function meaning(code: string): string {
  const text = PROBLEM_CODES[code];
  if (!text) throw new Error(`problem code "${code}" has no entry in PROBLEM_CODES`);
  return text;
}

/** A header whose value is a whole number. */
const count = (description: string) => z.string().regex(/^\d+$/).meta({ header: { description } });

const RATE_LIMIT_HEADERS = {
  'RateLimit-Limit': count('Requests allowed per minute for this client'),
  'RateLimit-Remaining': count('Requests left in the current minute'),
};

const TITLES: Record<number, string> = {
  400: 'The request is not valid',
  401: 'Authentication required',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'The request body is too large',
  415: 'Unsupported media type',
  422: 'Not possible',
  429: 'Too many requests',
  503: 'Unavailable',
};

/** A field the route reads, for the example of its 400: `query.from`, `body.patient`… */
function sampleField(route: Route): string {
  const parts = [
    ['params', route.params],
    ['query', route.query],
    ['body', route.body?.schema],
    ['headers', route.headers],
  ];
  const [part, schema] = parts.find(([, schema]) => schema) ?? ['body', undefined];
  const key = Object.keys((schema as { shape?: object } | undefined)?.shape ?? {})[0];
  return key ? `${part as string}.${key}` : (part as string);
}

function problemResponse(route: Route, status: number, codes: string[]): ZodOpenApiResponseObject {
  const examples = Object.fromEntries(
    codes.map((code) => [
      code,
      {
        summary: code,
        value: {
          type: `https://psybook.dev/problems/${code}`,
          title: TITLES[status] ?? 'Refused',
          status,
          code,
          detail: meaning(code),
          ...(code === 'validation_failed' ? { errors: [{ field: sampleField(route), message: 'is required' }] } : {}),
        },
      },
    ]),
  );
  return {
    description: codes.map((code) => `\`${code}\`: ${meaning(code)}`).join('; '),
    ...(status === 429 ? { headers: z.object({ 'Retry-After': count('Seconds until the next window') }) } : {}),
    content: { 'application/problem+json': { schema: Problem, examples } },
  };
}

function okResponse(route: Route): ZodOpenApiResponseObject {
  const { ok } = route;
  const { ok: example } = examplesOf(route);
  const content: Record<string, { schema: z.ZodType; example?: unknown }> = {};
  if (ok.schema) content['application/json'] = { schema: ok.schema, ...(example === undefined ? {} : { example }) };
  for (const [type, schema] of Object.entries(ok.alternatives ?? {})) {
    content[type] = { schema, ...(!ok.schema && example !== undefined ? { example } : {}) };
  }
  const headers: Record<string, z.ZodType> = route.rateLimited ? { ...RATE_LIMIT_HEADERS } : {};
  for (const [name, header] of Object.entries(ok.headers ?? {})) {
    headers[name] = header.schema.meta({ header: { description: header.description } });
  }
  return {
    description: ok.description,
    ...(Object.keys(headers).length ? { headers: z.object(headers) } : {}),
    ...(Object.keys(content).length ? { content } : {}),
  };
}

/** Every answer a route documents: its success, its problems by status, and any from below the app. */
export function responsesOf(route: Route): ZodOpenApiResponsesObject {
  const responses: Record<string, ZodOpenApiResponseObject> = { [route.ok.status]: okResponse(route) };
  for (const [status, codes] of Object.entries(problemCodes(route)).sort(([a], [b]) => Number(a) - Number(b))) {
    responses[status] = problemResponse(route, Number(status), codes);
  }
  for (const [status, description] of Object.entries(route.otherResponses ?? {})) responses[status] = { description };
  return responses as ZodOpenApiResponsesObject;
}
