import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../errors.js';
import { Problem } from '../schema/common.js';
import { retryAfterMs } from './retry.js';

const BY_STATUS: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
};

/** What the transport read of a finished response. */
export interface RawResponse {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
}

/**
 * The error for a non-2xx response. The body is read as problem+json when it is one; a proxy's
 * HTML error page or an empty body still yields an error with the status and `http_<status>`.
 */
export function apiErrorFrom(response: RawResponse): ApiError {
  const problem = readProblem(response);
  const requestId = response.headers.get('x-request-id') ?? problem.requestId;
  if (response.status === 429) return new RateLimitError(429, problem, requestId, retryAfterMs(response.headers));
  if (response.status >= 500) return new InternalServerError(response.status, problem, requestId);
  const ErrorClass = BY_STATUS[response.status] ?? ApiError;
  return new ErrorClass(response.status, problem, requestId);
}

function readProblem(response: RawResponse): Problem {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    code: `http_${response.status}`,
  };
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    return fallback;
  }
  const parsed = Problem.safeParse(body);
  return parsed.success ? parsed.data : fallback;
}
