import { Router } from 'express';
import { ManageTokenParam, RescheduleBooking, type AppointmentEnvelope } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import type { Queryable } from '../../platform/db/types.js';
import { rateLimit } from '../../platform/http/rate-limit.js';
import { parse } from '../../platform/http/validate.js';
import { cancelBooking, rescheduleBooking, viewBooking } from '../manage-booking.js';
import { jsonBody } from '../../platform/http/json-body.js';

/**
 * The manage link: whoever holds a booking's token may view, cancel or move that one
 * appointment. The token is the authority, so the work runs as role `service`.
 */
export function manageRoutes(deps: RouteDeps): Router {
  const router = Router();
  const ctx = () => ({ config: deps.config, now: deps.now() });
  const asService = <T>(fn: (tx: Queryable) => Promise<T>) => deps.db.withClaims({ role: 'service' }, fn);

  router.get('/v1/bookings/:token', async (req, res) => {
    const { token } = parse(ManageTokenParam, 'params', req);
    const appointment = await asService((tx) => viewBooking(tx, token, ctx()));
    res.set('Cache-Control', 'no-store').json({ appointment } satisfies AppointmentEnvelope);
  });

  router.post('/v1/bookings/:token/cancel', rateLimit(deps, { bucket: 'manage' }), async (req, res) => {
    const { token } = parse(ManageTokenParam, 'params', req);
    const appointment = await asService((tx) => cancelBooking(tx, token, ctx()));
    res.json({ appointment } satisfies AppointmentEnvelope);
  });

  router.post('/v1/bookings/:token/reschedule', rateLimit(deps, { bucket: 'manage' }), jsonBody, async (req, res) => {
    const { token } = parse(ManageTokenParam, 'params', req);
    const to = parse(RescheduleBooking, 'body', req);
    const appointment = await asService((tx) => rescheduleBooking(tx, token, to, ctx()));
    res.json({ appointment } satisfies AppointmentEnvelope);
  });

  return router;
}
