import type { EntryMethod } from '@psybook/client-sdk/schema';

/** One simulated visit: its events (ms offsets from the first) and whether it booked. */
export interface DemoSession {
  entryMethod: EntryMethod;
  events: { eventType: string; offsetMs: number }[];
  /** Index into `events` of the event that carries the booking, if it booked. */
  bookedAt: number | null;
}

/** Chance of moving on from each step; tuned so chat books a few points more often. */
const WEB_FUNNEL: [string, number][] = [
  ['psychologist_selected', 0.41],
  ['date_selected', 0.76],
  ['slot_selected', 0.72],
  ['details_submitted', 0.62],
];

/** Walks one visitor through an arm's funnel with plausible drop-offs and think times. */
export function simulateSession(entryMethod: EntryMethod, next: () => number): DemoSession {
  const events: DemoSession['events'] = [];
  let elapsed = 0;
  const emit = (eventType: string, minMs: number, spreadMs: number) => {
    events.push({ eventType, offsetMs: elapsed });
    elapsed += Math.round(minMs + next() * spreadMs);
  };
  emit('widget_view', 400, 2_000);
  emit('variant_assigned', 3_000, 20_000);
  if (entryMethod === 'web_form') {
    for (const [step, pass] of WEB_FUNNEL) {
      if (next() > pass) return { entryMethod, events, bookedAt: null };
      emit(step, 15_000, 70_000);
    }
    const booked = next() < 0.93;
    emit(booked ? 'booking_confirmed' : 'booking_failed', 0, 0);
    return { entryMethod, events, bookedAt: booked ? events.length - 1 : null };
  }
  if (next() > 0.52) return { entryMethod, events, bookedAt: null };
  emit('chat_clicked', 20_000, 60_000);
  if (next() > 0.72) return { entryMethod, events, bookedAt: null };
  emit('chat_started', 30_000, 90_000);
  const steps = 2 + Math.floor(next() * 4);
  for (let i = 0; i < steps; i++) emit('chat_step', 25_000, 120_000);
  const booked = next() < 0.55;
  emit(booked ? 'chat_completed' : 'chat_abandoned', 0, 0);
  return { entryMethod, events, bookedAt: booked ? events.length - 1 : null };
}
