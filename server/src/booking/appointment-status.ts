import { CHECK_VIOLATION, constraintOf, sqlState } from '../platform/db/rows.js';
import { invalidTransition } from './errors.js';

/**
 * Runs a status change; the database trigger `appointments_status_transition` decides which
 * changes the domain allows, and its refusal becomes 409 `invalid_status_transition`.
 */
export async function withTransitionCheck<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (sqlState(error) === CHECK_VIOLATION && constraintOf(error) === 'appointments_status_transition') {
      throw invalidTransition((error as Error).message);
    }
    throw error;
  }
}
