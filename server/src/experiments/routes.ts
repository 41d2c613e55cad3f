import { Router } from 'express';
import { routes } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../deps.js';
import { InvalidInput } from '../platform/errors.js';
import { register } from '../platform/http/register.js';
import { abReportCsv } from './ab-csv.js';
import { queryAbCounts } from './ab-query.js';
import { buildAbReport } from './ab-report.js';
import { readAsCaller } from './admin-only.js';
import { rangeHasDemoData } from './demo-label.js';

/** A report spans at most about a year, which keeps the daily series and the scan bounded. */
const MAX_DAYS = 366;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * GET /v1/admin/reports/ab?from&to[&format=csv], and whether a range holds demo data (the
 * console's label). The route admits admins; the reads still run with the caller's claims,
 * so the database has the last word on who sees metrics.
 */
export function reportRoutes(deps: RouteDeps): Router {
  const router = Router();
  const timezone = deps.config.CLINIC_TIMEZONE;

  register(router, routes.getAbReport, async ({ query, claims, res }) => {
    const span = dayNumber(query.to) - dayNumber(query.from);
    if (span < 0) throw new InvalidInput([{ field: 'query.to', message: 'must not be before from' }]);
    if (span >= MAX_DAYS)
      throw new InvalidInput([{ field: 'query.to', message: `must be within ${MAX_DAYS} days of from` }]);
    const range = { from: query.from, to: query.to };
    const counts = await readAsCaller(deps.db, claims, (tx) => queryAbCounts(tx, { ...range, timezone }));
    const report = buildAbReport(range, counts);
    if (query.format !== 'csv') return report;
    res.type('text/csv; charset=utf-8').attachment(`ab-report-${query.from}-${query.to}.csv`).send(abReportCsv(report));
  });

  register(router, routes.getDemoDataFlag, async ({ query, claims }) => {
    const demo = await readAsCaller(deps.db, claims, (tx) => rangeHasDemoData(tx, { ...query, timezone }));
    return { demo };
  });

  return router;
}
