import type { ErrorRequestHandler, RequestHandler } from 'express';
import { DomainError, InvalidInput, type ErrorKind } from '../errors.js';
import { HttpProblem } from './problem.js';

/** The one place a domain refusal gets its HTTP status. */
const STATUS_OF: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
};

function fromDomain(error: DomainError): HttpProblem {
  const headers: Record<string, string> = {};
  if (error.retryAfterSeconds !== undefined) headers['Retry-After'] = String(error.retryAfterSeconds);
  if (error.kind === 'unauthenticated') headers['WWW-Authenticate'] = 'Bearer';
  return new HttpProblem(STATUS_OF[error.kind], error.code, error.title, {
    ...(error.detail ? { detail: error.detail } : {}),
    ...(error.fields ? { errors: error.fields } : {}),
    headers,
  });
}

function send(res: Parameters<RequestHandler>[1], problem: HttpProblem, instance: string) {
  for (const [name, value] of Object.entries(problem.extra.headers ?? {})) res.setHeader(name, value);
  res
    .status(problem.status)
    .type('application/problem+json')
    .json({
      type: `https://psybook.dev/problems/${problem.code}`,
      title: problem.title,
      status: problem.status,
      code: problem.code,
      ...(problem.extra.detail ? { detail: problem.extra.detail } : {}),
      ...(problem.extra.errors ? { errors: problem.extra.errors } : {}),
      instance,
      requestId: String(res.getHeader('x-request-id') ?? ''),
    });
}

/** Errors thrown by body-parser and friends carry `status` and `type`; make them problems. */
function fromParserError(error: { status?: number; type?: string; message?: string }): HttpProblem | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return fromDomain(new InvalidInput([{ field: 'body', message: 'is not valid JSON' }]));
    case 'entity.too.large':
      return new HttpProblem(413, 'payload_too_large', 'The request body is too large');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpProblem(415, 'unsupported_media_type', 'The request encoding is not supported');
    default:
      break;
  }
  // A body whose Content-Encoding does not decode (zlib/brotli errors carry no type).
  if (error.status === 400 && typeof (error as { code?: unknown }).code === 'string') {
    return fromDomain(
      new InvalidInput([{ field: 'headers.content-encoding', message: 'the body does not decode with this encoding' }]),
    );
  }
  return undefined;
}

function problemOf(error: unknown): HttpProblem | undefined {
  if (error instanceof HttpProblem) return error;
  if (error instanceof DomainError) return fromDomain(error);
  return fromParserError(error as { status?: number; type?: string });
}

export const notFoundHandler: RequestHandler = (req, res) => {
  send(res, new HttpProblem(404, 'not_found', 'No such endpoint', { detail: `${req.method} ${req.path}` }), req.path);
};

/** The one place errors become responses; a 5xx never shows its internal message. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const problem = problemOf(error);
  if (problem) {
    if (problem.status >= 500) req.log.error({ err: error }, 'request failed');
    send(res, problem, req.path);
    return;
  }
  req.log.error({ err: error }, 'unhandled error');
  if (res.headersSent) return;
  send(res, new HttpProblem(500, 'internal_error', 'Something went wrong on our side'), req.path);
};
