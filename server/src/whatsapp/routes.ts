import { timingSafeEqual } from 'node:crypto';
import express, { Router } from 'express';
import { routes } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../deps.js';
import { Forbidden, InvalidInput } from '../platform/errors.js';
import { HttpProblem } from '../platform/http/problem.js';
import { register } from '../platform/http/register.js';
import { zodIssues } from '../platform/http/validate.js';
import type { WhatsappBot } from './bot.js';
import { hasCloudCredentials } from './local-secret.js';
import { WebhookPayload } from './payload.js';
import { verifySignature } from './signature.js';

export const WEBHOOK_PATH = routes.receiveWhatsappWebhook.path;

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * The WhatsApp Cloud API webhook. Mount it before any JSON body parser: the signature is
 * checked over the raw bytes. The bot's background work (the idle sweeper) is main.ts's.
 */
export function whatsappRoutes(deps: RouteDeps, bot: WhatsappBot): Router {
  if (hasCloudCredentials(deps.config) && !deps.config.WHATSAPP_APP_SECRET) {
    // Meta signs with the app secret; the local one would refuse every real delivery.
    deps.logger.error('WHATSAPP_APP_SECRET is not set: webhooks from Meta will be refused with 401');
  }
  const router = Router();

  register(router, routes.verifyWhatsappWebhook, ({ query, res }) => {
    const { 'hub.mode': mode, 'hub.verify_token': token, 'hub.challenge': challenge } = query;
    const expected = deps.config.WHATSAPP_VERIFY_TOKEN;
    const ok = mode === 'subscribe' && typeof token === 'string' && expected !== undefined && sameText(token, expected);
    if (!ok) throw new Forbidden('the verify token does not match WHATSAPP_VERIFY_TOKEN');
    if (typeof challenge !== 'string' || !/^[\w.-]{1,200}$/.test(challenge)) {
      throw new InvalidInput([{ field: 'query.hub.challenge', message: 'must be the challenge Meta sent' }]);
    }
    res.type('text/plain').send(challenge);
  });

  register(router, routes.receiveWhatsappWebhook, express.raw({ type: () => true, limit: '1mb' }), async ({ req }) => {
    if (!Buffer.isBuffer(req.body)) {
      // A JSON parser ran first: the original bytes are gone and no signature can be checked.
      req.log.error('whatsapp webhook body was parsed before the signature check; mount the router first');
      throw new HttpProblem(401, 'invalid_signature', 'The webhook signature cannot be checked');
    }
    if (!verifySignature(req.body, req.get('x-hub-signature-256'), bot.secret())) {
      throw new HttpProblem(401, 'invalid_signature', 'The X-Hub-Signature-256 header is missing or wrong');
    }
    let json: unknown;
    try {
      json = JSON.parse(req.body.toString('utf8'));
    } catch {
      throw new InvalidInput([{ field: 'body', message: 'is not valid JSON' }]);
    }
    const payload = WebhookPayload.safeParse(json);
    if (!payload.success) {
      throw new InvalidInput(zodIssues('body', payload.error));
    }
    const report = await bot.handleDelivery(payload.data);
    // Meta redelivers on a non-200; messages already handled are skipped then, by id.
    if (report.failed)
      throw new HttpProblem(503, 'retry_later', 'Some messages could not be processed; please redeliver');
    return { received: true as const, ...report };
  });

  return router;
}
