import { Router } from 'express';
import { routes, type BookingCreated } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import type { Queryable } from '../../platform/db/types.js';
import { InvalidInput } from '../../platform/errors.js';
import { clientKey } from '../../platform/http/client-key.js';
import { jsonBody } from '../../platform/http/json-body.js';
import { rateLimit } from '../../platform/http/rate-limit.js';
import { register } from '../../platform/http/register.js';
import { createBooking, normalisePhone } from '../booking.js';
import { idempotent, type Replay } from '../idempotency.js';
import { issueManageToken } from '../manage-tokens.js';

/** `POST /v1/bookings`: a patient without an account books a slot; run as role `service`. */
export function bookingRoutes(deps: RouteDeps): Router {
  const router = Router();
  register(
    router,
    routes.createBooking,
    rateLimit(deps, { bucket: 'bookings' }),
    jsonBody,
    async ({ body, headers, req, res }) => {
      const key = headers['idempotency-key'];
      const phone = normalisePhone(body.patient.phone, deps.config.DEFAULT_COUNTRY);
      if (!phone) {
        throw new InvalidInput([
          {
            field: 'body.patient.phone',
            message: `is not a valid phone number (without +, read as ${deps.config.DEFAULT_COUNTRY})`,
          },
        ]);
      }
      const ctx = { config: deps.config, now: deps.now() };
      const book = async (tx: Queryable): Promise<Replay> => {
        const { appointment } = await createBooking(tx, { ...body, patient: { ...body.patient, phone } }, ctx);
        const manageToken = await issueManageToken(tx, appointment.id);
        return { status: 201, body: { appointment, manageToken } satisfies BookingCreated };
      };
      const result = await deps.db.withClaims({ role: 'service' }, async (tx) =>
        key
          ? idempotent(tx, { scope: 'bookings', client: clientKey(req), key, request: body }, () => book(tx))
          : { ...(await book(tx)), replayed: false },
      );
      if (result.replayed) res.setHeader('Idempotent-Replayed', 'true');
      // The status is the stored one on a replay, so this handler answers itself.
      res.status(result.status).json(result.body);
    },
  );
  return router;
}
