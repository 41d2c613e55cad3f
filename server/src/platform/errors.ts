/**
 * Errors in the language of the domain. Features throw these; they never speak HTTP. One
 * mapping (platform/http/errors.ts) turns a `kind` into a status, and the WhatsApp bot reacts
 * to the same classes, so every channel reads a refusal the same way.
 */

/** What sort of refusal this is; the HTTP mapping picks a status from it. */
export type ErrorKind =
  | 'invalid' // the input is malformed (400)
  | 'unauthenticated' // no valid identity (401)
  | 'forbidden' // known, but not allowed (403)
  | 'not_found' // nothing there for this caller (404)
  | 'conflict' // the state of the world refuses it (409)
  | 'unprocessable' // well-formed, but not a thing the rules allow (422)
  | 'rate_limited' // too many, try later (429)
  | 'unavailable'; // a dependency cannot answer now (503)

/** One failing field: where it is (e.g. `body.patient.phone`) and what is wrong with it. */
export interface FieldIssue {
  field: string;
  message: string;
}

export interface DomainErrorOptions {
  /** For a person: what to do about it. */
  detail?: string;
  fields?: FieldIssue[];
  /** When trying again makes sense. @unit seconds */
  retryAfterSeconds?: number;
}

/** A refusal with a stable `code` clients switch on and a `title` for people. */
export class DomainError extends Error {
  override name: string = 'DomainError';
  readonly detail: string | undefined;
  readonly fields: FieldIssue[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    readonly title: string,
    options: DomainErrorOptions = {},
  ) {
    super(title);
    this.detail = options.detail;
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** Input that fails its schema or a rule about its shape; names each failing field. */
export class InvalidInput extends DomainError {
  override name = 'InvalidInput' as const;
  constructor(fields: FieldIssue[], detail?: string) {
    super('invalid', 'validation_failed', 'The request is not valid', {
      fields,
      detail: detail ?? fields.map((f) => `${f.field}: ${f.message}`).join('; '),
    });
  }
}

/** Nothing of this kind is visible to the caller (unknown, or hidden by the policies alike). */
export class NotFound extends DomainError {
  override name = 'NotFound' as const;
  constructor(what: string, code = 'not_found', detail?: string) {
    super('not_found', code, `${what} not found`, detail ? { detail } : {});
  }
}

export class Unauthenticated extends DomainError {
  override name = 'Unauthenticated' as const;
  constructor(detail: string) {
    super('unauthenticated', 'unauthorized', 'Authentication required', { detail });
  }
}

export class Forbidden extends DomainError {
  override name = 'Forbidden' as const;
  constructor(detail: string) {
    super('forbidden', 'forbidden', 'Not allowed', { detail });
  }
}

export class RateLimited extends DomainError {
  override name = 'RateLimited' as const;
  constructor(detail: string, retryAfterSeconds: number, code = 'rate_limited') {
    super('rate_limited', code, 'Too many requests', { detail, retryAfterSeconds });
  }
}

/** The database cannot answer now (connection lost, timed out, pool full); try again shortly. */
export class DatabaseUnavailable extends DomainError {
  override name = 'DatabaseUnavailable' as const;
  constructor(readonly reason: 'connection_lost' | 'timeout' | 'busy') {
    super('unavailable', 'database_unavailable', 'The service is briefly unavailable', {
      detail:
        reason === 'busy'
          ? 'The service is busy; try again in a moment.'
          : 'The database did not answer in time; try again in a moment.',
      retryAfterSeconds: reason === 'busy' ? 2 : 1,
    });
  }
}
