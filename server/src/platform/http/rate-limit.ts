import type { RequestHandler } from 'express';
import type { RouteDeps } from '../../deps.js';
import { RateLimited } from '../errors.js';
import { clientKey } from './client-key.js';
import { countHit, pruneWindows, uncountHit } from './rate-limit-store.js';
import { secondsUntilAllowed, slidingCount } from './sliding-window.js';

const WINDOW_MS = 60_000;

/**
 * A sliding one-minute window per bucket and client address, counted in the database (role
 * `service`), so the limit holds across processes. The address is the socket's unless
 * TRUST_PROXY says which proxies may name it in X-Forwarded-For (a header anyone can send).
 * Over the limit: 429 `rate_limited` with Retry-After; a refused hit is not counted. A hit
 * counts even when the request later fails.
 */
export function rateLimit(deps: RouteDeps, options: { bucket: string; perMinute?: number }): RequestHandler {
  return async (req, res, next) => {
    const limit = options.perMinute ?? deps.config.RATE_LIMIT_PER_MINUTE;
    const now = deps.now().getTime();
    const elapsed = now % WINDOW_MS;
    const windowStart = new Date(now - elapsed);
    const client = clientKey(req);
    const outcome = await deps.db.withClaims({ role: 'service' }, async (tx) => {
      const hits = await countHit(tx, options.bucket, client, windowStart, WINDOW_MS);
      // The first hit of a client's window is a cheap moment to forget windows an hour old.
      if (hits.current === 1) await pruneWindows(tx, new Date(windowStart.getTime() - 60 * WINDOW_MS));
      const used = slidingCount(hits, elapsed, WINDOW_MS);
      if (used <= limit) return { allowed: true as const, used };
      await uncountHit(tx, options.bucket, client, windowStart);
      const before = { current: hits.current - 1, previous: hits.previous };
      return { allowed: false as const, used, retryAfter: secondsUntilAllowed(before, elapsed, WINDOW_MS, limit) };
    });
    res.setHeader('RateLimit-Limit', String(limit));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, Math.floor(limit - outcome.used))));
    if (!outcome.allowed) {
      throw new RateLimited(
        `at most ${limit} requests a minute; try again in ${outcome.retryAfter} s`,
        outcome.retryAfter,
      );
    }
    next();
  };
}
