/** One failing field of a request: where it is and what is wrong with it. */
export interface FieldProblem {
  /** Dotted path from the request part, e.g. `body.patient.phone` or `query.from`. */
  field: string;
  message: string;
}

/**
 * An error the API answers as RFC 9457 problem+json. `code` is stable: clients switch on it
 * (`slot_taken`, `outside_availability`, `validation_failed`, …); `title` is for people.
 */
export class HttpProblem extends Error {
  override name = 'HttpProblem' as const;
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly extra: { detail?: string; errors?: FieldProblem[]; headers?: Record<string, string> } = {},
  ) {
    super(title);
  }
}

export const badRequest = (errors: FieldProblem[], detail?: string) =>
  new HttpProblem(400, 'validation_failed', 'The request is not valid', {
    errors,
    ...(detail ? { detail } : { detail: errors.map((e) => `${e.field}: ${e.message}`).join('; ') }),
  });
export const unauthorized = (detail: string) =>
  new HttpProblem(401, 'unauthorized', 'Authentication required', {
    detail,
    headers: { 'WWW-Authenticate': 'Bearer' },
  });
export const forbidden = (detail: string) => new HttpProblem(403, 'forbidden', 'Not allowed', { detail });
export const notFound = (what: string) => new HttpProblem(404, 'not_found', `${what} not found`);
