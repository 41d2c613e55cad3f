import { Router } from 'express';
import { routes } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import { register } from '../../platform/http/register.js';
import { listActivePsychologists } from '../store/psychologists.js';
import { assertSlotRange, listSlots } from '../slots.js';

/** Public reads: who can be booked, and when. Run as the caller's role (usually anon). */
export function psychologistRoutes(deps: RouteDeps): Router {
  const router = Router();

  register(router, routes.listPsychologists, async ({ claims }) => {
    const data = await deps.db.withClaims(claims, (tx) => listActivePsychologists(tx));
    return { data };
  });

  register(router, routes.listSlots, async ({ params, query, claims }) => {
    assertSlotRange(query, deps.config);
    const now = deps.now();
    const data = await deps.db.withClaims(claims, (tx) =>
      listSlots(tx, { psychologistId: params.id, ...query }, { config: deps.config, now }),
    );
    return { timezone: deps.config.CLINIC_TIMEZONE, data };
  });

  return router;
}
