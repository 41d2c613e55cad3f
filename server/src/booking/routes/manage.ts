import { Router } from 'express';
import { routes } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import type { Queryable } from '../../platform/db/types.js';
import { jsonBody } from '../../platform/http/json-body.js';
import { rateLimit } from '../../platform/http/rate-limit.js';
import { register } from '../../platform/http/register.js';
import { cancelBooking, rescheduleBooking, viewBooking } from '../manage-booking.js';

/**
 * The manage link: whoever holds a booking's token may view, cancel or move that one
 * appointment. The token is the authority, so the work runs as role `service`.
 */
export function manageRoutes(deps: RouteDeps): Router {
  const router = Router();
  const ctx = () => ({ config: deps.config, now: deps.now() });
  const asService = <T>(fn: (tx: Queryable) => Promise<T>) => deps.db.withClaims({ role: 'service' }, fn);

  register(router, routes.getBooking, async ({ params, res }) => {
    const appointment = await asService((tx) => viewBooking(tx, params.token, ctx()));
    res.set('Cache-Control', 'no-store');
    return { appointment };
  });

  register(router, routes.cancelBooking, rateLimit(deps, { bucket: 'manage' }), async ({ params }) => {
    const appointment = await asService((tx) => cancelBooking(tx, params.token, ctx()));
    return { appointment };
  });

  register(
    router,
    routes.rescheduleBooking,
    rateLimit(deps, { bucket: 'manage' }),
    jsonBody,
    async ({ params, body }) => {
      const appointment = await asService((tx) => rescheduleBooking(tx, params.token, body, ctx()));
      return { appointment };
    },
  );

  return router;
}
