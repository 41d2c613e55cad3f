import type { ZodOpenApiOperationObject, ZodOpenApiParameters, ZodObjectInput } from 'zod-openapi';
import type { Route } from '@psybook/client-sdk/schema';
import { examplesOf } from './examples.js';
import { responsesOf } from './responses.js';

/** `/v1/bookings/:token` → `/v1/bookings/{token}`. */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** Bearer scopes name the roles (OpenAPI 3.1 allows role names for non-OAuth schemes). */
function securityOf(route: Route): NonNullable<ZodOpenApiOperationObject['security']> {
  if (route.access === 'public' || route.access === 'no-auth') return [];
  if (route.access === 'webhook-signature') return [{ webhookSignature: [] }];
  return [{ bearerAuth: [...route.access.roles] }];
}

function whoLine(route: Route): string {
  if (route.access === 'public') return 'Anyone; no token needed.';
  if (route.access === 'no-auth') return 'Anyone; no credentials are read.';
  if (route.access === 'webhook-signature') return 'Meta, signing the raw body with the app secret.';
  return `Signed in as ${route.access.roles.join(' or ')}.`;
}

function requestParams(route: Route): ZodOpenApiParameters | undefined {
  const params: ZodOpenApiParameters = {};
  if (route.params) params.path = route.params as ZodObjectInput;
  if (route.query) params.query = route.query as ZodObjectInput;
  if (route.headers) params.header = route.headers as ZodObjectInput;
  return Object.keys(params).length ? params : undefined;
}

function requestBody(route: Route): ZodOpenApiOperationObject['requestBody'] {
  const { body } = route;
  if (!body) return undefined;
  const { body: example } = examplesOf(route);
  const content: Record<string, { schema: unknown; example?: unknown }> = {
    'application/json': { schema: body.schema, ...(example === undefined ? {} : { example }) },
  };
  for (const [type, schema] of Object.entries(body.alternatives ?? {})) content[type] = { schema };
  return { required: true, content } as ZodOpenApiOperationObject['requestBody'];
}

/** The OpenAPI operation of one route of the contract. */
export function operationOf(route: Route): ZodOpenApiOperationObject {
  const params = requestParams(route);
  const body = requestBody(route);
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: [route.description, `**Who:** ${whoLine(route)}`].filter(Boolean).join('\n\n'),
    tags: [route.tag],
    security: securityOf(route),
    ...(params ? { requestParams: params } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: responsesOf(route),
  };
}

/** Adds each route's parameter examples to the generated parameters (the schemas stay shared). */
export function addParameterExamples(operation: { parameters?: unknown[] }, route: Route): void {
  for (const parameter of (operation.parameters ?? []) as { name: string; example?: unknown }[]) {
    const example = examplesOf(route).parameters?.[parameter.name];
    if (example !== undefined) parameter.example = example;
  }
}
