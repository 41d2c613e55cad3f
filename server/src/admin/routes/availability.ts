import { Router } from 'express';
import { routes } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError, NotFound } from '../../platform/errors.js';
import { jsonBody } from '../../platform/http/json-body.js';
import { register } from '../../platform/http/register.js';
import { deleteWindow, insertWindow, listWindows, updateWindow } from '../../booking/store/availability.js';
import { findPsychologist } from '../../booking/store/psychologists.js';
import { CHECK_VIOLATION, sqlState } from '../../platform/db/rows.js';

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

  register(router, routes.listAvailability, async ({ params, claims }) => {
    const data = await deps.db.withClaims(claims, async (tx) => {
      await requirePsychologist(tx, params.id);
      return listWindows(tx, params.id);
    });
    return { data };
  });

  register(router, routes.createAvailabilityWindow, jsonBody, async ({ params, body, claims }) =>
    deps.db.withClaims(claims, async (tx) => {
      await requirePsychologist(tx, params.id);
      return insertWindow(tx, params.id, body);
    }),
  );

  register(router, routes.updateAvailabilityWindow, jsonBody, async ({ params, body, claims }) => {
    const { id, windowId } = params;
    const updated = await deps.db.withClaims(claims, (tx) => mapTimeRange(() => updateWindow(tx, id, windowId, body)));
    if (!updated) throw new NotFound('Availability window');
    return updated;
  });

  register(router, routes.deleteAvailabilityWindow, async ({ params, claims }) => {
    const deleted = await deps.db.withClaims(claims, (tx) => deleteWindow(tx, params.id, params.windowId));
    if (!deleted) throw new NotFound('Availability window');
  });

  return router;
}
