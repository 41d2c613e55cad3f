import type { Problem } from './schema/common.js';

/**
 * A symbol from the global registry, so an error made by one copy of the SDK (another bundle,
 * an iframe, a worker's structured clone aside) is still recognised by another copy.
 */
export const BRAND = Symbol.for('psybook.sdk.error');

/** One failing field of a request, as the server names it (e.g. `body.patient.phone`). */
export interface FieldError {
  field: string;
  message: string;
}

/** Every error the SDK throws is a `PsybookError`. */
export class PsybookError extends Error {
  override name: string = 'PsybookError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    // Non-enumerable so it stays out of logs and JSON; read by the guards in guards.ts.
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** The server answered with a non-2xx status; `code` is the problem's stable code. */
export class ApiError extends PsybookError {
  override name: string = 'ApiError';
  /** HTTP status. */
  readonly status: number;
  /** Stable machine code from the problem body, e.g. `slot_taken`; `http_<status>` if the body had none. */
  readonly code: string;
  /** The parsed problem+json body, or a minimal one built from the status when the body was not one. */
  readonly problem: Problem;
  /** The `x-request-id` the server answered with, for support and logs. */
  readonly requestId: string | undefined;
  /** The failing fields of a `validation_failed` problem; empty otherwise. */
  readonly fields: readonly FieldError[];
  constructor(status: number, problem: Problem, requestId: string | undefined) {
    super(`${status} ${problem.code}: ${problem.detail ?? problem.title}`);
    this.status = status;
    this.code = problem.code;
    this.problem = problem;
    this.requestId = requestId;
    this.fields = problem.errors ?? [];
  }
}

export class BadRequestError extends ApiError {
  override name = 'BadRequestError' as const;
}
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError' as const;
}
export class PermissionDeniedError extends ApiError {
  override name = 'PermissionDeniedError' as const;
}
export class NotFoundError extends ApiError {
  override name = 'NotFoundError' as const;
}
export class ConflictError extends ApiError {
  override name = 'ConflictError' as const;
}
export class UnprocessableEntityError extends ApiError {
  override name = 'UnprocessableEntityError' as const;
}
export class RateLimitError extends ApiError {
  override name = 'RateLimitError' as const;
  /** How long the server asked us to wait, from `Retry-After`. @unit milliseconds */
  readonly retryAfterMs: number | undefined;
  constructor(status: number, problem: Problem, requestId: string | undefined, retryAfterMs?: number) {
    super(status, problem, requestId);
    this.retryAfterMs = retryAfterMs;
  }
}
export class InternalServerError extends ApiError {
  override name = 'InternalServerError' as const;
}

/** The request never got an HTTP answer (DNS, refused connection, reset, CORS refusal, offline). */
export class ConnectionError extends PsybookError {
  override name = 'ConnectionError' as const;
  constructor(options?: { cause?: unknown }) {
    super('Could not reach the Psybook API', options);
  }
}

/** No answer within `timeoutMs` (on the last attempt). */
export class TimeoutError extends PsybookError {
  override name = 'TimeoutError' as const;
  constructor(readonly timeoutMs: number) {
    super(`The Psybook API did not answer within ${timeoutMs} ms`);
  }
}

/** The caller's `AbortSignal` fired. */
export class AbortError extends PsybookError {
  override name = 'AbortError' as const;
  constructor(options?: { cause?: unknown }) {
    super('The request was aborted', options);
  }
}

/** A 2xx response whose body does not match the contract: the server and SDK disagree. */
export class SchemaValidationError extends PsybookError {
  override name = 'SchemaValidationError' as const;
  /** zod's issues, each with a `path` into the response body and a `message`. */
  readonly issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[];
  constructor(what: string, issues: SchemaValidationError['issues']) {
    super(`The response of ${what} does not match the Psybook contract: ${summarise(issues)}`);
    this.issues = issues;
  }
}

function summarise(issues: SchemaValidationError['issues']): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'} ${issue.message}`)
    .join('; ');
}
