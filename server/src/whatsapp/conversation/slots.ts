import { NotFound } from '../../platform/errors.js';
import { listSlots } from '../../booking/slots.js';
import { addDays, localNow } from '../clock.js';
import type { Turn } from './turn.js';

export interface FreeSlot {
  date: string;
  startTime: string;
}

// A step often reads the same slots to check an answer and then to ask again: once per message.
const perTurn = new WeakMap<Turn, Map<string, Promise<FreeSlot[]>>>();

/** Free slots of the chat's psychologist from `from` (default today) to the booking horizon. */
export function freeSlots(turn: Turn, from?: string, to?: string): Promise<FreeSlot[]> {
  const cache = perTurn.get(turn) ?? new Map<string, Promise<FreeSlot[]>>();
  perTurn.set(turn, cache);
  const key = `${turn.chat.context.psychologistId}|${from}|${to}`;
  let slots = cache.get(key);
  if (!slots) cache.set(key, (slots = querySlots(turn, from, to)));
  return slots;
}

async function querySlots(turn: Turn, from?: string, to?: string): Promise<FreeSlot[]> {
  const psychologistId = turn.chat.context.psychologistId;
  if (psychologistId === undefined) return [];
  const today = localNow(turn.now, turn.config.CLINIC_TIMEZONE).date;
  const start = from && from > today ? from : today;
  const end = to ?? addDays(today, turn.config.BOOKING_HORIZON_DAYS);
  if (end < start) return [];
  try {
    const slots = await listSlots(
      turn.tx,
      { psychologistId, from: start, to: end },
      { config: turn.config, now: turn.now },
    );
    return slots.map((slot) => ({ date: slot.date, startTime: slot.startTime.slice(0, 5) }));
  } catch (error) {
    // The psychologist was deactivated mid-chat: nothing to offer (the prompt says so).
    if (error instanceof NotFound) return [];
    throw error;
  }
}
