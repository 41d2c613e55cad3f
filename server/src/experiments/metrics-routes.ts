import { Router } from 'express';
import { FOREIGN_KEY_VIOLATION, sqlState } from '../platform/db/rows.js';
import { routes, type MetricEvent } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../deps.js';
import { InvalidInput } from '../platform/errors.js';
import { rateLimit } from '../platform/http/rate-limit.js';
import { register } from '../platform/http/register.js';
import { metricsBody } from './metrics-body.js';
import { insertMetricEvents } from './metrics-store.js';
/** An event names an appointment that does not exist: the batch is refused naming it. */
function unknownAppointment(error: unknown, events: readonly MetricEvent[]) {
  if (sqlState(error) !== FOREIGN_KEY_VIOLATION) return undefined;
  const detail = String((error as { detail?: unknown }).detail ?? '');
  const id = Number(/\(appointment_id\)=\((\d+)\)/.exec(detail)?.[1]);
  const fields = events.flatMap((event, index) =>
    event.appointmentId !== undefined && (Number.isNaN(id) || event.appointmentId === id)
      ? [{ field: `body.events.${index}.appointmentId`, message: 'no such appointment' }]
      : [],
  );
  return new InvalidInput(
    fields.length ? fields : [{ field: 'body.events', message: 'names an appointment that does not exist' }],
  );
}

/**
 * POST /v1/metrics: the widget's and SDK's funnel events, JSON or a sendBeacon text/plain
 * body. Anyone may send them (visitors are anonymous); the server writes as `service`.
 */
export function metricsRoutes(deps: RouteDeps): Router {
  const router = Router();
  register(router, routes.sendMetrics, rateLimit(deps, { bucket: 'metrics' }), ...metricsBody, async ({ body }) => {
    const { events } = body;
    const accepted = await deps.db
      .withClaims({ role: 'service' }, (tx) => insertMetricEvents(tx, events, deps.now()))
      .catch((error: unknown) => {
        throw unknownAppointment(error, events) ?? error;
      });
    return { accepted };
  });
  return router;
}
