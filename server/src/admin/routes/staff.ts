import { Router } from 'express';
import { routes } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import { jsonBody } from '../../platform/http/json-body.js';
import { register } from '../../platform/http/register.js';
import { listAppointmentsFor, updateAppointmentAs } from '../staff-appointments.js';

/**
 * Signed-in patients and psychologists. Every query runs as the caller's own claims, so the
 * Row Level Security policies decide whose appointments come back or change.
 */
export function staffRoutes(deps: RouteDeps): Router {
  const router = Router();
  const zone = deps.config.CLINIC_TIMEZONE;

  register(router, routes.listMyAppointments, async ({ query, claims, res }) => {
    const data = await deps.db.withClaims(claims, (tx) => listAppointmentsFor(tx, query, zone));
    res.set('Cache-Control', 'private, no-store');
    return { data };
  });

  register(router, routes.updateAppointment, jsonBody, async ({ params, body, claims }) => {
    const appointment = await deps.db.withClaims(claims, (tx) => updateAppointmentAs(tx, params.id, body, zone));
    return { appointment };
  });

  return router;
}
