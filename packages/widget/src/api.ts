// The widget's only door to the API: the SDK's client and tracker, plus how an SDK error reads
// to a patient. Everything here comes from @psybook/client-sdk; nothing talks HTTP itself.
import {
  createClient,
  createTracker,
  isApiError,
  isConnectionError,
  isTimeoutError,
  type FetchLike,
} from '@psybook/client-sdk';

export type Client = ReturnType<typeof createClient>;
export type Tracker = ReturnType<typeof createTracker>;

/** A client for the widget: short per-attempt timeout (a patient is waiting), two retries. */
export function widgetClient(baseUrl: string, fetch: FetchLike | undefined): Client {
  return createClient({ baseUrl, timeoutMs: 8000, maxRetries: 2, ...(fetch ? { fetch } : {}) });
}

export { createTracker };

/** What a failure means for the patient. */
export type Failure =
  | { kind: 'network'; code: 'network_error' }
  | { kind: 'slot_taken'; code: string }
  | { kind: 'invalid'; code: 'validation_failed'; fields: Record<string, string> }
  | { kind: 'other'; code: string };

/** Field names as the form knows them, from the server's paths (`body.patient.phone` → `phone`). */
function fieldName(path: string): string {
  return path.split('.').pop() ?? path;
}

export function describeFailure(error: unknown): Failure {
  if (isConnectionError(error) || isTimeoutError(error)) return { kind: 'network', code: 'network_error' };
  if (isApiError(error)) {
    // A time that stopped being bookable (taken, or no longer inside the hours) sends the
    // patient back to the fresh list either way.
    if (error.code === 'slot_taken' || error.code === 'outside_availability')
      return { kind: 'slot_taken', code: error.code };
    if (error.code === 'validation_failed' && error.fields.length) {
      const fields: Record<string, string> = {};
      for (const field of error.fields) fields[fieldName(field.field)] = field.message;
      return { kind: 'invalid', code: 'validation_failed', fields };
    }
    return { kind: 'other', code: error.code };
  }
  return { kind: 'other', code: 'unknown' };
}
