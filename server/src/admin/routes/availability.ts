import { Router } from 'express';
import { z } from 'zod';
import {
  CreateAvailabilityWindow,
  IdParam,
  UpdateAvailabilityWindow,
  type AvailabilityList,
  type AvailabilityWindow,
} from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import type { Queryable } from '../../platform/db/types.js';
import { requireRole } from '../../platform/http/authenticate.js';
import { DomainError, NotFound } from '../../platform/errors.js';
import { parse } from '../../platform/http/validate.js';
import { deleteWindow, insertWindow, listWindows, updateWindow } from '../../booking/store/availability.js';
import { findPsychologist } from '../../booking/store/psychologists.js';
import { CHECK_VIOLATION, sqlState } from '../../platform/db/rows.js';
import { jsonBody } from '../../platform/http/json-body.js';

const Params = z.strictObject({ id: IdParam });
const WindowParams = z.strictObject({ id: IdParam, windowId: IdParam });

/** A partial update can leave end before start; the table's CHECK says so, we name the field. */
async function mapTimeRange<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (sqlState(error) !== CHECK_VIOLATION) throw error;
    throw new DomainError('unprocessable', 'invalid_time_range', 'The window must end after it starts', {
      fields: [{ field: 'body.endTime', message: 'must be after startTime' }],
    });
  }
}

async function requirePsychologist(tx: Queryable, id: number): Promise<void> {
  if (!(await findPsychologist(tx, id))) throw new NotFound('Psychologist');
}

/** Weekly availability windows of one psychologist, for admins (as their claims). */
export function adminAvailabilityRoutes(deps: RouteDeps): Router {
  const router = Router();
  const base = '/v1/admin/psychologists/:id/availability';

  router.get(base, async (req, res) => {
    const claims = requireRole(res, 'admin');
    const { id } = parse(Params, 'params', req);
    const data = await deps.db.withClaims(claims, async (tx) => {
      await requirePsychologist(tx, id);
      return listWindows(tx, id);
    });
    res.json({ data } satisfies AvailabilityList);
  });

  router.post(base, jsonBody, async (req, res) => {
    const claims = requireRole(res, 'admin');
    const { id } = parse(Params, 'params', req);
    const body = parse(CreateAvailabilityWindow, 'body', req);
    const created = await deps.db.withClaims(claims, async (tx) => {
      await requirePsychologist(tx, id);
      return insertWindow(tx, id, body);
    });
    res.status(201).json(created satisfies AvailabilityWindow);
  });

  router.patch(`${base}/:windowId`, jsonBody, async (req, res) => {
    const claims = requireRole(res, 'admin');
    const { id, windowId } = parse(WindowParams, 'params', req);
    const body = parse(UpdateAvailabilityWindow, 'body', req);
    const updated = await deps.db.withClaims(claims, (tx) => mapTimeRange(() => updateWindow(tx, id, windowId, body)));
    if (!updated) throw new NotFound('Availability window');
    res.json(updated satisfies AvailabilityWindow);
  });

  router.delete(`${base}/:windowId`, async (req, res) => {
    const claims = requireRole(res, 'admin');
    const { id, windowId } = parse(WindowParams, 'params', req);
    const deleted = await deps.db.withClaims(claims, (tx) => deleteWindow(tx, id, windowId));
    if (!deleted) throw new NotFound('Availability window');
    res.status(204).end();
  });

  return router;
}
