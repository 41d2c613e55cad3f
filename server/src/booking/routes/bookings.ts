import { Router, type Request } from 'express';
import { CreateBooking, type BookingCreated } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import type { Queryable } from '../../platform/db/types.js';
import { InvalidInput } from '../../platform/errors.js';
import { rateLimit } from '../../platform/http/rate-limit.js';
import { parse } from '../../platform/http/validate.js';
import { createBooking, normalisePhone } from '../booking.js';
import { idempotent, type Replay } from '../idempotency.js';
import { issueManageToken } from '../manage-tokens.js';
import { jsonBody } from '../../platform/http/json-body.js';

/** Printable ASCII, as Stripe and the IETF draft use; long enough for a UUID or a hash. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

function idempotencyKeyOf(req: Request): string | undefined {
  const key = req.get('idempotency-key');
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new InvalidInput([{ field: 'headers.idempotency-key', message: 'must be 1–255 printable ASCII characters' }]);
  }
  return key;
}

/** `POST /v1/bookings`: a patient without an account books a slot; run as role `service`. */
export function bookingRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.post('/v1/bookings', rateLimit(deps, { bucket: 'bookings' }), jsonBody, async (req, res) => {
    const body = parse(CreateBooking, 'body', req);
    const key = idempotencyKeyOf(req);
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
        ? idempotent(tx, { scope: 'bookings', key, request: body }, () => book(tx))
        : { ...(await book(tx)), replayed: false },
    );
    if (result.replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.status(result.status).json(result.body);
  });
  return router;
}
