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

/** The fields of the details form. */
export type FormField = 'firstName' | 'lastName' | 'phone' | 'email' | 'notes';

/** What a failure means for the patient. */
export type Failure =
  | { kind: 'network'; code: 'network_error' }
  | { kind: 'slot_taken'; code: string }
  /** The server refused what the patient typed: the server's message per form field. */
  | { kind: 'invalid'; code: 'validation_failed'; fields: Partial<Record<FormField, string>> }
  | { kind: 'other'; code: string };

/**
 * The form field a server path names (`body.patient.phone` → `phone`, `body.notes` → `notes`),
 * or nothing when it is not one the patient typed.
 */
const FORM_FIELD = /^(?:body\.)?(?:patient\.(firstName|lastName|phone|email)|(notes))$/;

export function describeFailure(error: unknown): Failure {
  if (isConnectionError(error) || isTimeoutError(error)) return { kind: 'network', code: 'network_error' };
  if (isApiError(error)) {
    // A time that stopped being bookable (taken, or no longer inside the hours) sends the
    // patient back to the fresh list either way.
    if (error.code === 'slot_taken' || error.code === 'outside_availability')
      return { kind: 'slot_taken', code: error.code };
    const fields: Partial<Record<FormField, string>> = {};
    for (const { field, message } of error.fields) {
      const name = FORM_FIELD.exec(field)?.slice(1).find(Boolean) as FormField | undefined;
      if (name) fields[name] = message;
    }
    // A refusal of something the patient did not type (a date, an id) is ours to fix, not theirs.
    if (error.code === 'validation_failed' && Object.keys(fields).length)
      return { kind: 'invalid', code: 'validation_failed', fields };
    return { kind: 'other', code: error.code };
  }
  return { kind: 'other', code: 'unknown' };
}
