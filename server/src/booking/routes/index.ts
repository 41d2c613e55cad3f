import { Router } from 'express';
import type { RouteDeps } from '../../app.js';
import { adminAppointmentRoutes } from '../../admin/routes/appointments.js';
import { adminAvailabilityRoutes } from '../../admin/routes/availability.js';
import { adminPsychologistRoutes } from '../../admin/routes/psychologists.js';
import { bookingRoutes } from './bookings.js';
import { configRoutes } from './config.js';
import { docsRoutes } from '../../web/docs.js';
import { manageRoutes } from './manage.js';
import { psychologistRoutes } from './psychologists.js';
import { staffRoutes } from '../../admin/routes/staff.js';

/** The booking API (issue 3): public reads, bookings, manage links, staff and admin, docs. */
export function bookingApiRoutes(deps: RouteDeps): Router {
  const router = Router();
  for (const routes of [
    docsRoutes,
    configRoutes,
    psychologistRoutes,
    bookingRoutes,
    manageRoutes,
    staffRoutes,
    adminPsychologistRoutes,
    adminAvailabilityRoutes,
    adminAppointmentRoutes,
  ]) {
    router.use(routes(deps));
  }
  return router;
}
