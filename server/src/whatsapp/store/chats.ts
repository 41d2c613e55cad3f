import type { Queryable } from '../../platform/db/types.js';
import type { Chat, ChatContext, ChatStatus, Step } from '../state.js';

/**
 * Records the message id and, if it is new, takes the sender's lock; false when the id was
 * recorded before (a redelivery). A concurrent delivery of the same id waits on the primary
 * key until the first commits, then skips. The lock is a transaction-scoped advisory lock on
 * the sender, so one sender's messages run one at a time across processes and each reads
 * the state the previous one wrote. One statement: one round trip per message.
 */
export async function claimMessage(tx: Queryable, wamid: string, waId: string): Promise<boolean> {
  const result = await tx.query(
    `WITH claimed AS (
       INSERT INTO psybook_private.whatsapp_processed_messages (wamid) VALUES ($1) ON CONFLICT (wamid) DO NOTHING RETURNING wamid)
     SELECT pg_advisory_xact_lock(hashtext($2)) FROM claimed`,
    [wamid, `whatsapp:${waId}`],
  );
  return result.rows.length === 1;
}

interface ChatRow {
  id: number;
  status: ChatStatus;
  current_step: Step;
  context: ChatContext;
  idle: boolean;
}

/** The sender's latest chat with its state, and whether it has been idle past `idleMinutes`. */
export async function latestChat(tx: Queryable, waId: string, now: Date, idleMinutes: number) {
  const result = await tx.query<ChatRow>(
    `SELECT cs.id, cs.status, ss.current_step, ss.context,
            ss.last_updated < $2::timestamptz - make_interval(mins => $3::int) AS idle
       FROM chat_sessions cs JOIN session_states ss ON ss.chat_session_id = cs.id
      WHERE cs.whatsapp_id = $1
      ORDER BY cs.id DESC LIMIT 1`,
    [waId, now.toISOString(), idleMinutes],
  );
  const row = result.rows[0];
  return row && { id: row.id, status: row.status, step: row.current_step, context: row.context, idle: row.idle };
}

export async function createChat(
  tx: Queryable,
  waId: string,
  step: Step,
  context: ChatContext,
  now: Date,
): Promise<Chat> {
  const chat = await tx.query<{ id: number }>(
    `INSERT INTO chat_sessions (whatsapp_id, entry_method, status, session_start)
     VALUES ($1, 'click_to_chat', 'active', $2) RETURNING id`,
    [waId, now.toISOString()],
  );
  const id = chat.rows[0]!.id;
  await tx.query(
    'INSERT INTO session_states (chat_session_id, current_step, context, last_updated) VALUES ($1, $2, $3, $4)',
    [id, step, JSON.stringify(context), now.toISOString()],
  );
  return { id, status: 'active', step, context, isNew: true };
}

export async function saveState(tx: Queryable, chat: Chat, now: Date): Promise<void> {
  await tx.query(
    'UPDATE session_states SET current_step = $2, context = $3, last_updated = $4 WHERE chat_session_id = $1',
    [chat.id, chat.step, JSON.stringify(chat.context), now.toISOString()],
  );
}

/** Booked: the chat is completed and points at its appointment and patient. */
export async function completeChat(tx: Queryable, chatId: number, appointmentId: number, userId: number, now: Date) {
  await tx.query(
    `UPDATE chat_sessions SET status = 'completed', appointment_id = $2, user_id = $3, session_end = $4
      WHERE id = $1 AND status = 'active'`,
    [chatId, appointmentId, userId, now.toISOString()],
  );
}

/** Ends an idle chat found on the sender's next message (the sweeper may not have run yet). */
export async function abandonChat(tx: Queryable, chatId: number): Promise<boolean> {
  const result = await tx.query(
    `UPDATE chat_sessions cs SET status = 'abandoned', session_end = ss.last_updated
       FROM session_states ss
      WHERE ss.chat_session_id = cs.id AND cs.id = $1 AND cs.status = 'active'
      RETURNING cs.id`,
    [chatId],
  );
  return result.rows.length === 1;
}

/**
 * Marks chats idle past `idleMinutes` as abandoned and logs `chat_abandoned` once each, in one
 * statement: with several processes sweeping at once, a row's update happens once (the others
 * re-check `status = 'active'` after the row lock and skip it), and the metric is written by
 * the same statement that won.
 */
export async function abandonIdleChats(tx: Queryable, now: Date, idleMinutes: number): Promise<number> {
  // The metric is written in this statement, not through metrics/store.ts, so that it exists
  // exactly when the chat's abandonment does. No RETURNING from metrics: the bot's role may
  // write metrics but not read them.
  const result = await tx.query<{ abandoned: number }>(
    `WITH idle AS (
       UPDATE chat_sessions cs SET status = 'abandoned', session_end = ss.last_updated
         FROM session_states ss
        WHERE ss.chat_session_id = cs.id AND cs.status = 'active'
          AND ss.last_updated < $1::timestamptz - make_interval(mins => $2::int)
        RETURNING cs.user_id, ss.context, ss.current_step),
     logged AS (
     INSERT INTO metrics (user_id, entry_method, event_type, session_id, time_taken, additional_data)
     SELECT user_id, 'click_to_chat', 'chat_abandoned', context->>'sessionId',
            LEAST(GREATEST(0, floor(extract(epoch FROM ($1::timestamptz - (context->>'startedAt')::timestamptz)) * 1000)), 2147483647)::int,
            jsonb_build_object('step', current_step, 'lang', context->>'lang')
       FROM idle)
     SELECT count(*)::int AS abandoned FROM idle`,
    [now.toISOString(), idleMinutes],
  );
  return result.rows[0]?.abandoned ?? 0;
}
