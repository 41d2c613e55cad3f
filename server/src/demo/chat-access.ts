import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { Forbidden, NotFound } from '../platform/errors.js';

/** The cookie that says which browser started a simulated conversation. */
export const CHAT_COOKIE = 'psybook_chat';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6; the socket's own address, never a header. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

/** What the terminal simulator sends instead of a cookie: proof it can read the local secret. */
export const simulatorSignature = (secret: string, waId: string): string =>
  createHmac('sha256', secret).update(`chat-simulator:${waId}`).digest('hex');

function cookieOf(req: Request): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CHAT_COOKIE) return value.join('=');
  }
  return undefined;
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Who may act in the simulator: only a client on this machine (the demo is for the person at
 * it), and each WhatsApp id only from the browser that first used it (its cookie) or from
 * `npm run chat` (which signs with the local secret). Otherwise anyone on the loopback could
 * read another tab's replies, with the names in them. The bindings live in this process.
 */
export function createChatAccess(secret: () => string) {
  const owners = new Map<string, string>();
  return {
    /** Refuses a client that is not on this machine, as if there were no simulator. */
    assertLocal(req: Request): void {
      if (!isLoopback(req.socket.remoteAddress)) throw new NotFound('Page');
    },
    /** The browser's token, made (and set as a cookie) on its first visit. */
    browserToken(req: Request, res: Response): string {
      const existing = cookieOf(req);
      if (existing && /^[\w-]{32,64}$/.test(existing)) return existing;
      const token = randomBytes(24).toString('base64url');
      res.cookie(CHAT_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/chat' });
      return token;
    },
    /**
     * Refuses a browser that does not own `waId`. Sending (`claim`) binds an id nobody has used
     * yet to this browser; reading never does, so nobody reads a conversation by asking first.
     */
    assertOwner(req: Request, res: Response, waId: string, { claim }: { claim: boolean }): void {
      const signature = req.get('x-psybook-simulator-signature');
      if (signature && same(signature, simulatorSignature(secret(), waId))) return;
      const token = this.browserToken(req, res);
      const owner = owners.get(waId);
      if (owner === undefined && claim) owners.set(waId, token);
      else if (owner === undefined || !same(owner, token)) {
        throw new Forbidden('this WhatsApp id belongs to another simulator conversation');
      }
    },
  };
}
