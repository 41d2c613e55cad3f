import { Router } from 'express';
import { routes } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import { NotFound } from '../../platform/errors.js';
import { jsonBody } from '../../platform/http/json-body.js';
import { register } from '../../platform/http/register.js';
import { findPsychologist, listAllPsychologists } from '../../booking/store/psychologists.js';
import { changePsychologist, createPsychologist, removePsychologist } from '../psychologists.js';

/** Clinic admins manage psychologists; queries run as the admin's claims (policies decide). */
export function adminPsychologistRoutes(deps: RouteDeps): Router {
  const router = Router();

  register(router, routes.listAdminPsychologists, async ({ claims }) => {
    const data = await deps.db.withClaims(claims, (tx) => listAllPsychologists(tx));
    return { data };
  });

  register(router, routes.createPsychologist, jsonBody, async ({ body, claims, res }) => {
    const created = await deps.db.withClaims(claims, (tx) => createPsychologist(tx, body, deps.config));
    res.location(`/v1/admin/psychologists/${created.id}`);
    return created;
  });

  register(router, routes.getAdminPsychologist, async ({ params, claims }) => {
    const found = await deps.db.withClaims(claims, (tx) => findPsychologist(tx, params.id));
    if (!found) throw new NotFound('Psychologist');
    return found;
  });

  register(router, routes.updatePsychologist, jsonBody, async ({ params, body, claims }) => {
    return deps.db.withClaims(claims, (tx) => changePsychologist(tx, params.id, body, deps.config));
  });

  register(router, routes.deletePsychologist, async ({ params, claims }) => {
    await deps.db.withClaims(claims, (tx) => removePsychologist(tx, params.id));
  });

  return router;
}
