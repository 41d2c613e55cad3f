import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { z } from 'zod';
import type { RouteDeps } from '../deps.js';
import { rateLimit } from '../platform/http/rate-limit.js';
import { parse } from '../platform/http/validate.js';
import type { WhatsappBot } from '../whatsapp/bot.js';
import type { Outbox } from '../whatsapp/sender/outbox.js';
import { createChatAccess } from './chat-access.js';
import { simulatedDelivery } from './simulated-payload.js';
import { signBody } from '../whatsapp/signature.js';

// server/public/chat from both src/routes and dist/routes.
const PAGE_DIR = fileURLToPath(new URL('../../public/chat/', import.meta.url));

const WaId = z.string().regex(/^\d{8,15}$/, 'must be 8 to 15 digits, like a WhatsApp id');

const SendBody = z
  .strictObject({
    waId: WaId,
    name: z.string().trim().min(1).max(100).optional(),
    text: z.string().min(1).max(4096).optional(),
    choice: z
      .strictObject({
        id: z.string().min(1).max(256),
        title: z.string().min(1).max(100),
        kind: z.enum(['button_reply', 'list_reply']),
      })
      .optional(),
  })
  .refine((b) => Boolean(b.text) !== Boolean(b.choice), { message: 'send either text or choice', path: ['text'] });

const OutboxQuery = z.object({ waId: WaId, after: z.coerce.number().int().min(0).default(0) });

/**
 * Only in the demo and without Cloud API credentials, only for clients on this machine: a page
 * at /chat and two endpoints that let a person chat with the bot, each conversation seen only
 * by the browser that started it. Posts go through the real webhook, signed with the local secret, as Meta would.
 */
export function chatSimulatorRoutes(deps: RouteDeps, bot: WhatsappBot, outbox: Outbox): Router {
  const router = Router();
  const access = createChatAccess(() => bot.secret());
  router.use('/chat', (req, _res, next) => {
    access.assertLocal(req);
    next();
  });
  router.use('/chat', express.static(PAGE_DIR, { index: 'index.html', redirect: true }));

  // A public write like any other: rate limited per client.
  router.post(
    '/chat/api/send',
    rateLimit(deps, { bucket: 'chat-simulator' }),
    express.json({ limit: '16kb' }),
    async (req, res) => {
      const body = parse(SendBody, 'body', req);
      access.assertOwner(req, res, body.waId, { claim: true });
      const after = outbox.last;
      const raw = JSON.stringify(simulatedDelivery(body));
      // Back to this very server, the way Meta would reach it.
      const address = req.socket.localAddress ?? '127.0.0.1';
      const host = address.includes(':') ? `[${address}]` : address;
      const webhook = await fetch(`http://${host}:${req.socket.localPort}/v1/whatsapp/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(raw, bot.secret()) },
        body: raw,
      });
      await bot.dispatcher.idle(body.waId);
      res.json({ webhookStatus: webhook.status, replies: outbox.since(body.waId, after), cursor: outbox.last });
    },
  );

  router.get('/chat/api/outbox', async (req, res) => {
    const query = parse(OutboxQuery, 'query', req);
    access.assertOwner(req, res, query.waId, { claim: false });
    await bot.dispatcher.idle(query.waId);
    res.json({ replies: outbox.since(query.waId, query.after), cursor: outbox.last });
  });
  return router;
}
