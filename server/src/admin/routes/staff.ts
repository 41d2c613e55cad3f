import { Router } from 'express';
import { z } from 'zod';
import {
  AppointmentListQuery,
  IdParam,
  UpdateAppointment,
  type StaffAppointmentEnvelope,
  type StaffAppointmentList,
} from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import { requireRole } from '../../platform/http/authenticate.js';
import { parse } from '../../platform/http/validate.js';
import { listAppointmentsFor, updateAppointmentAs } from '../staff-appointments.js';
import { jsonBody } from '../../platform/http/json-body.js';

const AppointmentParams = z.strictObject({ id: IdParam });

/**
 * Signed-in patients and psychologists. Every query runs as the caller's own claims, so the
 * Row Level Security policies decide whose appointments come back or change.
 */
export function staffRoutes(deps: RouteDeps): Router {
  const router = Router();
  const zone = deps.config.CLINIC_TIMEZONE;

  router.get('/v1/me/appointments', async (req, res) => {
    const claims = requireRole(res, 'authenticated');
    const query = parse(AppointmentListQuery, 'query', req);
    const data = await deps.db.withClaims(claims, (tx) => listAppointmentsFor(tx, query, zone));
    res.set('Cache-Control', 'private, no-store').json({ data } satisfies StaffAppointmentList);
  });

  router.patch('/v1/appointments/:id', jsonBody, async (req, res) => {
    const claims = requireRole(res, 'authenticated', 'admin');
    const { id } = parse(AppointmentParams, 'params', req);
    const change = parse(UpdateAppointment, 'body', req);
    const appointment = await deps.db.withClaims(claims, (tx) => updateAppointmentAs(tx, id, change, zone));
    res.json({ appointment } satisfies StaffAppointmentEnvelope);
  });

  return router;
}
