import type { Queryable } from '../../platform/db/types.js';
import type { ChatContext } from '../state.js';

export type ChatEvent = 'chat_started' | 'chat_step' | 'chat_completed' | 'chat_abandoned';

/** Non-personal details only (the metrics schema's EventData keys). */
export interface ChatEventData {
  step?: string;
  lang?: 'es' | 'en';
  source?: string;
  psychologistId?: number;
  date?: string;
  startTime?: string;
  errorCode?: string;
}

/** One chat funnel event, always `click_to_chat` (the only kind the bot's role may write). */
export async function recordChatEvent(
  tx: Queryable,
  context: ChatContext,
  event: ChatEvent,
  now: Date,
  extra: { data?: ChatEventData; appointmentId?: number; userId?: number } = {},
): Promise<void> {
  const timeTaken = Math.max(0, now.getTime() - Date.parse(context.startedAt));
  await tx.query(
    `INSERT INTO metrics (user_id, entry_method, event_type, appointment_id, session_id, time_taken, additional_data)
     VALUES ($1, 'click_to_chat', $2, $3, $4, $5, $6)`,
    [
      extra.userId ?? null,
      event,
      extra.appointmentId ?? null,
      context.sessionId,
      Math.min(timeTaken, 2_147_483_647),
      JSON.stringify({ lang: context.lang, ...extra.data }),
    ],
  );
}
