import { Router } from 'express';
import { z } from 'zod';
import { IdParam, SlotQuery, type PsychologistList, type SlotList } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import { claimsOf } from '../../platform/http/authenticate.js';
import { parse } from '../../platform/http/validate.js';
import { listActivePsychologists } from '../store/psychologists.js';
import { assertSlotRange, listSlots } from '../slots.js';

const PsychologistParams = z.strictObject({ id: IdParam });

/** Public reads: who can be booked, and when. Run as the caller's role (usually anon). */
export function psychologistRoutes(deps: RouteDeps): Router {
  const router = Router();

  router.get('/v1/psychologists', async (_req, res) => {
    const data = await deps.db.withClaims(claimsOf(res), (tx) => listActivePsychologists(tx));
    res.json({ data } satisfies PsychologistList);
  });

  router.get('/v1/psychologists/:id/slots', async (req, res) => {
    const { id } = parse(PsychologistParams, 'params', req);
    const query = parse(SlotQuery, 'query', req);
    assertSlotRange(query, deps.config);
    const now = deps.now();
    const data = await deps.db.withClaims(claimsOf(res), (tx) =>
      listSlots(tx, { psychologistId: id, ...query }, { config: deps.config, now }),
    );
    res.json({ timezone: deps.config.CLINIC_TIMEZONE, data } satisfies SlotList);
  });

  return router;
}
