import type { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import { Problem } from '@psybook/client-sdk/schema';

/** Small builders so each endpoint in document.ts reads as one line of intent. */

export const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

/** The problems any endpoint can answer, plus the ones given. */
export function responses(
  ok: ZodOpenApiResponsesObject,
  problems: Record<string, string> = {},
): ZodOpenApiResponsesObject {
  const all: Record<string, unknown> = { ...ok };
  for (const [status, description] of Object.entries({
    '400': 'validation_failed: names each failing field',
    ...problems,
  })) {
    all[status] = problem(description);
  }
  return all as ZodOpenApiResponsesObject;
}

export const bearer = [{ bearerAuth: [] }];

export function op(
  summary: string,
  tag: string,
  rest: Omit<ZodOpenApiOperationObject, 'summary' | 'tags'>,
): ZodOpenApiOperationObject {
  return { summary, tags: [tag], ...rest };
}
