import { HttpProblem } from '../../http/problem.js';
import { listSlots } from '../../services/slots.js';
import { addDays, localNow } from '../clock.js';
import type { Turn } from './turn.js';

export interface FreeSlot {
  date: string;
  startTime: string;
}

/** Free slots of the chat's psychologist from `from` (default today) to the booking horizon. */
export async function freeSlots(turn: Turn, from?: string, to?: string): Promise<FreeSlot[]> {
  const psychologistId = turn.chat.context.psychologistId;
  if (psychologistId === undefined) return [];
  const today = localNow(turn.now, turn.config.CLINIC_TIMEZONE).date;
  const start = from && from > today ? from : today;
  const end = to ?? addDays(today, turn.config.BOOKING_HORIZON_DAYS);
  if (end < start) return [];
  try {
    const slots = await listSlots(turn.tx, { psychologistId, from: start, to: end }, { config: turn.config, now: turn.now });
    return slots.map((slot) => ({ date: slot.date, startTime: slot.startTime.slice(0, 5) }));
  } catch (error) {
    // The psychologist was deactivated mid-chat: nothing to offer (the prompt says so).
    if (error instanceof HttpProblem && error.status === 404) return [];
    throw error;
  }
}
