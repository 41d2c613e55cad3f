import type { Slot } from '@psybook/client-sdk/schema';
import type { Config } from '../platform/config.js';
import type { Queryable } from '../platform/db/types.js';
import { InvalidInput, NotFound } from '../platform/errors.js';
import { slotInputsOf } from './store/slot-inputs.js';
import { dayNumber } from './clinic-time.js';
import { bookableDates, computeSlots, rulesOf } from './slot-rules.js';

export interface SlotContext {
  config: Config;
  now: Date;
}

/**
 * Refuses a range the API will not compute: `to` before `from`, or longer than the booking
 * horizon. Throws a 400 naming `query.to`. (Malformed dates are the contract's job.)
 */
export function assertSlotRange(query: { from: string; to: string }, config: Config): void {
  if (query.to < query.from) throw new InvalidInput([{ field: 'query.to', message: 'must be on or after from' }]);
  const days = dayNumber(query.to) - dayNumber(query.from);
  if (days > config.BOOKING_HORIZON_DAYS) {
    throw new InvalidInput([
      {
        field: 'query.to',
        message: `the range may span at most ${config.BOOKING_HORIZON_DAYS} days (the booking horizon)`,
      },
    ]);
  }
}

/**
 * The free slots of one psychologist between two clinic-local dates (inclusive), ordered and
 * distinct. Works for any role, anon included: appointments are read only as busy ranges.
 * Throws 404 for an unknown or inactive psychologist.
 */
export async function listSlots(
  tx: Queryable,
  query: { psychologistId: number; from: string; to: string },
  ctx: SlotContext,
): Promise<Slot[]> {
  const rules = rulesOf(ctx.config);
  const bounds = bookableDates(ctx.now, rules);
  const from = query.from > bounds.first ? query.from : bounds.first;
  const to = query.to < bounds.last ? query.to : bounds.last;
  // Outside the bookable dates there is nothing to read, but an unknown id is still a 404.
  const inputs = await slotInputsOf(tx, query.psychologistId, from, from > to ? from : to);
  if (!inputs) throw new NotFound('Psychologist');
  if (inputs.windows.length === 0 || from > to) return [];
  return computeSlots({ ...inputs, from, to, now: ctx.now, rules });
}
