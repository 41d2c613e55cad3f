import type { RequestHandler } from 'express';
import { rateLimit as expressRateLimit } from 'express-rate-limit';
import type { RouteDeps } from '../app.js';
import { HttpProblem } from '../http/problem.js';

/**
 * Per-client limit for metric ingest: RATE_LIMIT_PER_MINUTE requests per minute per address,
 * answered with problem+json 429 and Retry-After. Same signature as the shared limiter in
 * http/rate-limit.ts, which replaces this one (and shares its counters across processes)
 * once it exists.
 */
export function rateLimit(deps: Pick<RouteDeps, 'config'>, options: { bucket: string }): RequestHandler {
  const limit = deps.config.RATE_LIMIT_PER_MINUTE;
  return expressRateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    identifier: options.bucket,
    handler: (_req, _res, next) => {
      next(
        new HttpProblem(429, 'rate_limited', 'Too many requests', {
          detail: `at most ${limit} requests per minute`,
          headers: { 'Retry-After': '60' },
        }),
      );
    },
  });
}
