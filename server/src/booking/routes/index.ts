import { Router } from 'express';
import type { RouteDeps } from '../../deps.js';
import { bookingRoutes } from './bookings.js';
import { configRoutes } from './config.js';
import { manageRoutes } from './manage.js';
import { psychologistRoutes } from './psychologists.js';

/** What patients and booking UIs use: clinic settings, who and when, bookings, manage links. */
export function bookingFeatureRoutes(deps: RouteDeps): Router {
  const router = Router();
  for (const routes of [configRoutes, psychologistRoutes, bookingRoutes, manageRoutes]) router.use(routes(deps));
  return router;
}
