import type { Logger } from 'pino';
import type { Config } from '../platform/config.js';
import type { Database } from '../platform/db/types.js';
import { handleMessage } from './conversation/engine.js';
import { appSecretOf, hasCloudCredentials } from './local-secret.js';
import { parseDelivery, type WebhookPayload } from './payload.js';
import { createDispatcher, type Dispatcher } from './sender/dispatcher.js';
import { createGraphSender, OUTSIDE_WINDOW_CODE, type RetryPolicy } from './sender/graph.js';
import { Outbox } from './sender/outbox.js';
import type { z } from 'zod';

export interface BotDeps {
  config: Config;
  db: Database;
  logger: Logger;
  now: () => Date;
  /** Overrides the Graph API retry policy (tests use short waits). */
  retry?: Partial<RetryPolicy>;
}

export interface DeliveryReport {
  messages: number;
  duplicates: number;
  statuses: number;
  failed: number;
}

export interface WhatsappBot {
  /** The secret webhooks must be signed with (read lazily: tests and tools may never need it). */
  secret(): string;
  handleDelivery(payload: z.infer<typeof WebhookPayload>): Promise<DeliveryReport>;
  dispatcher: Dispatcher;
  /** Present without Cloud API credentials: where replies go instead of Meta. */
  outbox: Outbox | undefined;
}

export function createWhatsappBot(deps: BotDeps): WhatsappBot {
  const { config, db, now } = deps;
  const logger = deps.logger.child({ component: 'whatsapp' });
  const outbox = hasCloudCredentials(config) ? undefined : new Outbox();
  const sender =
    outbox ??
    createGraphSender({
      graphUrl: config.WHATSAPP_GRAPH_URL,
      phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID!,
      accessToken: config.WHATSAPP_ACCESS_TOKEN!,
      logger,
      ...(deps.retry ? { retry: deps.retry } : {}),
    });
  const dispatcher = createDispatcher(sender, logger);
  let secret: string | undefined;

  return {
    secret: () => (secret ??= appSecretOf(config)),
    dispatcher,
    outbox,
    async handleDelivery(payload) {
      const delivery = parseDelivery(payload);
      const report: DeliveryReport = { messages: 0, duplicates: 0, statuses: delivery.statuses.length, failed: 0 };
      for (const status of delivery.statuses) {
        for (const error of status.errors) {
          // Delivery failures of our replies; 131047 means the 24-hour window had closed.
          const reason = error.code === OUTSIDE_WINDOW_CODE ? 'outside_24h_window' : 'delivery_failed';
          logger.warn({ code: error.code, reason, status: status.status }, 'whatsapp reply failed');
        }
      }
      // One transaction per message, in order: a failure leaves that message unrecorded, so
      // Meta's redelivery (we answer 500) retries it while the others are skipped as repeats.
      for (const message of delivery.messages) {
        try {
          const replies = await db.withClaims({ role: 'whatsapp_service' }, (tx) =>
            handleMessage(tx, message, { config, now: now() }),
          );
          if (replies) {
            report.messages += 1;
            dispatcher.enqueue(message.from, replies);
          } else {
            report.duplicates += 1;
          }
        } catch (error) {
          report.failed += 1;
          // Database errors can quote row values (phones, names): log what kind it was, not its text.
          const { name, code } = error as { name?: string; code?: string };
          logger.error({ error: name, code, kind: message.content.kind }, 'whatsapp message not processed');
        }
      }
      if (delivery.skipped) logger.warn({ skipped: delivery.skipped }, 'whatsapp webhook items with an unknown shape');
      return report;
    },
  };
}
