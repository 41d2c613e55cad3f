import type { Request } from 'express';
import type { z } from 'zod';
import { InvalidInput, type FieldIssue } from '../errors.js';

export function zodIssues(part: string, error: z.ZodError): FieldIssue[] {
  return error.issues
    .map((issue) => {
      // Unknown keys are reported on the object; name each key instead, so a client sees which.
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      return keys.map((key) => ({
        field: [part, ...issue.path.map(String), ...(key ? [key] : [])].join('.'),
        message: issue.message,
      }));
    })
    .flat();
}

/** Parses one part of a request with a contract schema, or throws a 400 naming each field. */
export function parse<S extends z.ZodType>(
  schema: S,
  part: 'body' | 'query' | 'params' | 'headers',
  req: Request,
): z.infer<S> {
  const result = schema.safeParse(req[part]);
  if (!result.success) throw new InvalidInput(zodIssues(part, result.error));
  return result.data;
}
