import {
  BRAND,
  type AbortError,
  type ApiError,
  type AuthenticationError,
  type BadRequestError,
  type ConflictError,
  type ConnectionError,
  type InternalServerError,
  type NotFoundError,
  type PermissionDeniedError,
  type PsybookError,
  type RateLimitError,
  type SchemaValidationError,
  type TimeoutError,
  type UnprocessableEntityError,
} from './errors.js';

// Guards check the registry brand and `name` rather than `instanceof`, so they also hold for
// errors thrown by another copy of the SDK (a second bundle, another realm).

const API_ERROR_NAMES = new Set([
  'ApiError',
  'BadRequestError',
  'AuthenticationError',
  'PermissionDeniedError',
  'NotFoundError',
  'ConflictError',
  'UnprocessableEntityError',
  'RateLimitError',
  'InternalServerError',
]);

function branded(value: unknown): value is Error {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

function named<T extends PsybookError>(name: string) {
  return (value: unknown): value is T => branded(value) && value.name === name;
}

/** Any error thrown by the SDK. */
export const isPsybookError = (value: unknown): value is PsybookError => branded(value);
/** The server answered with a non-2xx status (any subclass). */
export const isApiError = (value: unknown): value is ApiError => branded(value) && API_ERROR_NAMES.has(value.name);
export const isBadRequestError = named<BadRequestError>('BadRequestError');
export const isAuthenticationError = named<AuthenticationError>('AuthenticationError');
export const isPermissionDeniedError = named<PermissionDeniedError>('PermissionDeniedError');
export const isNotFoundError = named<NotFoundError>('NotFoundError');
export const isConflictError = named<ConflictError>('ConflictError');
export const isUnprocessableEntityError = named<UnprocessableEntityError>('UnprocessableEntityError');
export const isRateLimitError = named<RateLimitError>('RateLimitError');
export const isInternalServerError = named<InternalServerError>('InternalServerError');
export const isConnectionError = named<ConnectionError>('ConnectionError');
export const isTimeoutError = named<TimeoutError>('TimeoutError');
export const isAbortError = named<AbortError>('AbortError');
export const isSchemaValidationError = named<SchemaValidationError>('SchemaValidationError');
