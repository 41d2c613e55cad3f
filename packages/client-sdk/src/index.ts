export * from './schema/index.js';
export { createClient, type PsybookClient } from './client.js';
export type {
  AccessToken,
  Backoff,
  ClientOptions,
  CreateBookingOptions,
  FetchLike,
  RequestOptions,
} from './options.js';
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  PsybookError,
  RateLimitError,
  SchemaValidationError,
  TimeoutError,
  UnprocessableEntityError,
  type FieldError,
} from './errors.js';
export * from './guards.js';
export type { SlotListParams } from './resources/public.js';
export type { AppointmentQuery } from './resources/staff.js';
export type { DateRange } from './resources/reports.js';
export { assignVariant, stableHash } from './experiments.js';
export { createTracker, type EventData, type Tracker, type TrackerOptions } from './tracker.js';
export { chatLink, parseChatRef, type ChatLinkOptions } from './chat-link.js';
export { newSessionId, newVisitorId } from './ids.js';
export { fromSupabase, type SupabaseLike } from './supabase.js';
