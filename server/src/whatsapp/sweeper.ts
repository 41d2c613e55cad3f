import type { Logger } from 'pino';
import type { Config } from '../platform/config.js';
import type { Database } from '../platform/db/types.js';

/**
 * Marks chats idle past CHAT_IDLE_MINUTES as abandoned and logs `chat_abandoned` once each.
 * One statement: with several processes sweeping at once, a row's update happens once (the
 * others re-check `status = 'active'` after the row lock and skip it), and the metric is
 * written by the same statement that won.
 */
export async function sweepIdleChats(
  db: Database,
  config: Pick<Config, 'CHAT_IDLE_MINUTES'>,
  now: Date,
): Promise<number> {
  return db.withClaims({ role: 'whatsapp_service' }, async (tx) => {
    // No RETURNING from metrics: the bot's role may write metrics but not read them.
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
      [now.toISOString(), config.CHAT_IDLE_MINUTES],
    );
    return result.rows[0]?.abandoned ?? 0;
  });
}

/** Sweeps every minute (unref'd: it never keeps the process alive). Returns a stop function. */
export function startChatSweeper(
  deps: { db: Database; config: Config; logger: Logger; now: () => Date },
  everyMs = 60_000,
): () => void {
  const timer = setInterval(() => {
    sweepIdleChats(deps.db, deps.config, deps.now()).then(
      (count) => count && deps.logger.info({ abandoned: count }, 'idle chats marked abandoned'),
      (error: { name?: string; code?: string }) =>
        deps.logger.warn({ error: error.name, code: error.code }, 'chat sweep failed'),
    );
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
