import { Router } from 'express';
import { z } from 'zod';
import {
  CreatePsychologist,
  IdParam,
  UpdatePsychologist,
  type AdminPsychologist,
  type AdminPsychologistList,
} from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import { requireRole } from '../../platform/http/authenticate.js';
import { NotFound } from '../../platform/errors.js';
import { parse } from '../../platform/http/validate.js';
import { findPsychologist, listAllPsychologists } from '../../booking/store/psychologists.js';
import { changePsychologist, createPsychologist, removePsychologist } from '../psychologists.js';
import { jsonBody } from '../../platform/http/json-body.js';

const Params = z.strictObject({ id: IdParam });

/** Clinic admins manage psychologists; queries run as the admin's claims (policies decide). */
export function adminPsychologistRoutes(deps: RouteDeps): Router {
  const router = Router();
  const base = '/v1/admin/psychologists';

  router.get(base, async (_req, res) => {
    const claims = requireRole(res, 'admin');
    const data = await deps.db.withClaims(claims, (tx) => listAllPsychologists(tx));
    res.json({ data } satisfies AdminPsychologistList);
  });

  router.post(base, jsonBody, async (req, res) => {
    const claims = requireRole(res, 'admin');
    const body = parse(CreatePsychologist, 'body', req);
    const created = await deps.db.withClaims(claims, (tx) => createPsychologist(tx, body, deps.config));
    res
      .status(201)
      .location(`${base}/${created.id}`)
      .json(created satisfies AdminPsychologist);
  });

  router.get(`${base}/:id`, async (req, res) => {
    const claims = requireRole(res, 'admin');
    const { id } = parse(Params, 'params', req);
    const found = await deps.db.withClaims(claims, (tx) => findPsychologist(tx, id));
    if (!found) throw new NotFound('Psychologist');
    res.json(found satisfies AdminPsychologist);
  });

  router.patch(`${base}/:id`, jsonBody, async (req, res) => {
    const claims = requireRole(res, 'admin');
    const { id } = parse(Params, 'params', req);
    const body = parse(UpdatePsychologist, 'body', req);
    const updated = await deps.db.withClaims(claims, (tx) => changePsychologist(tx, id, body, deps.config));
    res.json(updated satisfies AdminPsychologist);
  });

  router.delete(`${base}/:id`, async (req, res) => {
    const claims = requireRole(res, 'admin');
    const { id } = parse(Params, 'params', req);
    await deps.db.withClaims(claims, (tx) => removePsychologist(tx, id));
    res.status(204).end();
  });

  return router;
}
