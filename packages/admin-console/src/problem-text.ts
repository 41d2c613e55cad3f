import { isApiError } from '@psybook/client-sdk';

/** What to tell a person about a failed call: the API's field errors or detail, else the message. */
export function problemText(error: unknown): string {
  if (isApiError(error)) {
    const fields = error.fields.map((e) => `${e.field.replace(/^(body|query|params)\./, '')}: ${e.message}`);
    return fields.length ? fields.join('; ') : (error.problem.detail ?? error.problem.title);
  }
  return error instanceof Error ? error.message : String(error);
}
