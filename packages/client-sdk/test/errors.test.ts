import { http, HttpResponse } from 'msw';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  PsybookError,
  RateLimitError,
  UnprocessableEntityError,
  isApiError,
  isConflictError,
  isPsybookError,
  isTimeoutError,
} from '../src/index.js';
import { API, BOOKING, fastClient, problem, useMockApi } from './support/msw.js';

const server = useMockApi();

describe('errors', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [504, InternalServerError],
    [418, ApiError],
  ] as const)('maps status %i to %o', async (status, ErrorClass) => {
    server.use(http.get(`${API}/v1/config`, () => HttpResponse.json(problem(status, 'some_code'), { status })));
    const error = await fastClient({ maxRetries: 0 })
      .config.get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(PsybookError);
    expect(error).toMatchObject({ status, code: 'some_code', name: ErrorClass.name });
  });

  it('carries the problem code, its fields and the request id of a refused booking', async () => {
    const errors = [{ field: 'body.patient.phone', message: 'is not a phone number' }];
    server.use(
      http.post(`${API}/v1/bookings`, () =>
        HttpResponse.json(problem(400, 'validation_failed', { errors, requestId: 'body-id' }), {
          status: 400,
          headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req-123' },
        }),
      ),
    );
    const error = (await fastClient()
      .bookings.create(BOOKING)
      .catch((e: unknown) => e)) as BadRequestError;
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toEqual(errors);
    expect(error.requestId).toBe('req-123');
    expect(error.problem.errors).toEqual(errors);
  });

  it('tells a UI that the slot was taken by its code', async () => {
    server.use(http.post(`${API}/v1/bookings`, () => HttpResponse.json(problem(409, 'slot_taken'), { status: 409 })));
    const error = await fastClient()
      .bookings.create(BOOKING)
      .catch((e: unknown) => e);
    expect(isConflictError(error) && error.code === 'slot_taken').toBe(true);
  });

  it('still makes an ApiError from a body that is not problem+json', async () => {
    server.use(
      http.get(
        `${API}/v1/config`,
        () => new HttpResponse('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
      ),
    );
    const error = (await fastClient({ maxRetries: 0 })
      .config.get()
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.code).toBe('http_502');
    expect(error.problem.title).toBe('Bad Gateway');
    expect(error.fields).toEqual([]);
  });

  it('guards recognise errors from another realm by name and brand, and nothing else', () => {
    const foreign = runInNewContext(`
      const e = new Error('x'); e.name = 'ConflictError';
      Object.defineProperty(e, Symbol.for('psybook.sdk.error'), { value: true });
      e
    `) as unknown;
    expect(foreign instanceof ConflictError).toBe(false);
    expect(isConflictError(foreign)).toBe(true);
    expect(isApiError(foreign)).toBe(true);
    expect(isPsybookError(foreign)).toBe(true);
    const lookalike = Object.assign(new Error('x'), { name: 'TimeoutError' });
    expect(isTimeoutError(lookalike)).toBe(false);
    expect(isApiError(new Error('ConflictError'))).toBe(false);
    expect(isPsybookError(null)).toBe(false);
  });

  it('rejects without sending anything when the access token function fails', async () => {
    let hits = 0;
    server.use(http.get(`${API}/v1/me/appointments`, () => (hits++, HttpResponse.json({ data: [] }))));
    const failing = new Error('session storage unavailable');
    const error = (await fastClient({ accessToken: () => Promise.reject(failing) })
      .me.appointments()
      .catch((e: unknown) => e)) as PsybookError;
    expect(error).toBeInstanceOf(PsybookError);
    expect(error.cause).toBe(failing);
    expect(hits).toBe(0);
  });

  it('refuses a path parameter that would change the path', async () => {
    await expect(fastClient().bookings.get('..')).rejects.toBeInstanceOf(PsybookError);
    await expect(fastClient().bookings.get('')).rejects.toBeInstanceOf(PsybookError);
  });

  it('encodes path parameters as one segment', async () => {
    let seen = '';
    server.use(
      http.get(`${API}/v1/bookings/:token`, ({ request }) => {
        seen = new URL(request.url).pathname;
        return HttpResponse.json(problem(404, 'not_found'), { status: 404 });
      }),
    );
    await expect(fastClient().bookings.get('a/b?c=d#e')).rejects.toBeInstanceOf(NotFoundError);
    expect(seen).toBe('/v1/bookings/a%2Fb%3Fc%3Dd%23e');
  });
});
