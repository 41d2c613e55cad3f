import { Router } from 'express';
import { AppointmentListQuery, type StaffAppointmentList } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import { requireRole } from '../../platform/http/authenticate.js';
import { parse } from '../../platform/http/validate.js';
import { listAppointmentsFor } from '../staff-appointments.js';

/** `GET /v1/admin/appointments`: every appointment, filtered; as the admin's claims. */
export function adminAppointmentRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/v1/admin/appointments', async (req, res) => {
    const claims = requireRole(res, 'admin');
    const query = parse(AppointmentListQuery, 'query', req);
    const data = await deps.db.withClaims(claims, (tx) => listAppointmentsFor(tx, query, deps.config.CLINIC_TIMEZONE));
    res.set('Cache-Control', 'private, no-store').json({ data } satisfies StaffAppointmentList);
  });
  return router;
}
