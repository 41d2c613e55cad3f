import type { EventData } from '@psybook/client-sdk/schema';
import type { z } from 'zod';
import { insertMetricEvents } from '../../experiments/metrics-store.js';
import type { Queryable } from '../../platform/db/types.js';
import type { ChatContext } from '../state.js';

export type ChatEvent = 'chat_started' | 'chat_step' | 'chat_completed' | 'chat_abandoned';

/** The longest `time_taken` the column holds (Postgres integer). @unit ms */
const MAX_TIME_TAKEN = 2_147_483_647;

/**
 * One chat funnel event, always `click_to_chat` (the only kind the bot's role may write),
 * through the metrics feature's one writer. `data` holds the contract's non-personal keys only.
 */
export async function recordChatEvent(
  tx: Queryable,
  context: ChatContext,
  event: ChatEvent,
  now: Date,
  extra: { data?: z.infer<typeof EventData>; appointmentId?: number; userId?: number } = {},
): Promise<void> {
  const timeTaken = Math.max(0, now.getTime() - Date.parse(context.startedAt));
  await insertMetricEvents(
    tx,
    [
      {
        sessionId: context.sessionId,
        entryMethod: 'click_to_chat',
        eventType: event,
        timeTaken: Math.min(timeTaken, MAX_TIME_TAKEN),
        appointmentId: extra.appointmentId,
        userId: extra.userId,
        data: { lang: context.lang, ...extra.data },
      },
    ],
    now,
  );
}
