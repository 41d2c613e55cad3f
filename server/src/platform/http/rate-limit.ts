import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { RouteDeps } from '../../deps.js';
import { countHit, pruneWindows } from './rate-limit-store.js';
import { HttpProblem } from './problem.js';

const WINDOW_MS = 60_000;

/** Client addresses are personal data: counters key on a truncated hash of the address. */
const clientKey = (ip: string | undefined) =>
  createHash('sha256')
    .update(ip ?? 'unknown')
    .digest('hex')
    .slice(0, 32);

/**
 * Fixed one-minute windows per bucket and client ip, counted in the database (role
 * `service`), so the limit holds across processes. Over the limit: 429 `rate_limited` with
 * Retry-After (seconds to the next window). The hit counts even when the request later fails.
 */
export function rateLimit(deps: RouteDeps, options: { bucket: string; perMinute?: number }): RequestHandler {
  return async (req, res, next) => {
    const limit = options.perMinute ?? deps.config.RATE_LIMIT_PER_MINUTE;
    const now = deps.now().getTime();
    const windowStart = new Date(now - (now % WINDOW_MS));
    const hits = await deps.db.withClaims({ role: 'service' }, async (tx) => {
      const count = await countHit(tx, options.bucket, clientKey(req.ip), windowStart);
      // The first hit of a client's window is a cheap moment to forget windows an hour old.
      if (count === 1) await pruneWindows(tx, new Date(windowStart.getTime() - 60 * WINDOW_MS));
      return count;
    });
    res.setHeader('RateLimit-Limit', String(limit));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, limit - hits)));
    if (hits > limit) {
      const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now) / 1000));
      throw new HttpProblem(429, 'rate_limited', 'Too many requests', {
        detail: `at most ${limit} requests a minute; try again in ${retryAfter} s`,
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
    next();
  };
}
