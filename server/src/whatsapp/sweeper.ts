import type { Logger } from 'pino';
import type { Config } from '../platform/config.js';
import type { Database } from '../platform/db/types.js';
import { abandonIdleChats } from './store/chats.js';

/** Marks chats idle past CHAT_IDLE_MINUTES as abandoned, as the bot's role (see `abandonIdleChats`). */
export async function sweepIdleChats(
  db: Database,
  config: Pick<Config, 'CHAT_IDLE_MINUTES'>,
  now: Date,
): Promise<number> {
  return db.withClaims({ role: 'whatsapp_service' }, (tx) => abandonIdleChats(tx, now, config.CHAT_IDLE_MINUTES));
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
