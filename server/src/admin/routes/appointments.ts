import { Router } from 'express';
import { routes } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import { register } from '../../platform/http/register.js';
import { listAppointmentsFor } from '../staff-appointments.js';

/** `GET /v1/admin/appointments`: every appointment, filtered; as the admin's claims. */
export function adminAppointmentRoutes(deps: RouteDeps): Router {
  const router = Router();
  register(router, routes.listAdminAppointments, async ({ query, claims, res }) => {
    const data = await deps.db.withClaims(claims, (tx) => listAppointmentsFor(tx, query, deps.config.CLINIC_TIMEZONE));
    res.set('Cache-Control', 'private, no-store');
    return { data };
  });
  return router;
}
