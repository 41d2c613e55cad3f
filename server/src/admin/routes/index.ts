import { Router } from 'express';
import type { RouteDeps } from '../../deps.js';
import { adminAppointmentRoutes } from './appointments.js';
import { adminAvailabilityRoutes } from './availability.js';
import { adminPsychologistRoutes } from './psychologists.js';
import { staffRoutes } from './staff.js';

/** Signed-in staff and patients (`/v1/me`, `/v1/appointments`) and clinic admins (`/v1/admin`). */
export function adminFeatureRoutes(deps: RouteDeps): Router {
  const router = Router();
  for (const routes of [staffRoutes, adminPsychologistRoutes, adminAvailabilityRoutes, adminAppointmentRoutes]) {
    router.use(routes(deps));
  }
  return router;
}
