import { Router } from 'express';
import { AbReportQuery } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../deps.js';
import { claimsOf } from '../platform/http/authenticate.js';
import { InvalidInput } from '../platform/errors.js';
import { parse } from '../platform/http/validate.js';
import { abReportCsv } from './ab-csv.js';
import { queryAbCounts } from './ab-query.js';
import { buildAbReport } from './ab-report.js';
import { readAsCaller } from './admin-only.js';

/** A report spans at most about a year, which keeps the daily series and the scan bounded. */
const MAX_DAYS = 366;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * GET /v1/admin/reports/ab?from&to[&format=csv]. Who may read it is the database's decision:
 * the query runs with the caller's claims, and only `admin` may read metrics.
 */
export function reportRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/v1/admin/reports/ab', async (req, res) => {
    const query = parse(AbReportQuery, 'query', req);
    const span = dayNumber(query.to) - dayNumber(query.from);
    if (span < 0) throw new InvalidInput([{ field: 'query.to', message: 'must not be before from' }]);
    if (span >= MAX_DAYS)
      throw new InvalidInput([{ field: 'query.to', message: `must be within ${MAX_DAYS} days of from` }]);
    const range = { from: query.from, to: query.to };
    const counts = await readAsCaller(deps.db, claimsOf(res), (tx) =>
      queryAbCounts(tx, { ...range, timezone: deps.config.CLINIC_TIMEZONE }),
    );
    const report = buildAbReport(range, counts);
    if (query.format === 'csv') {
      res
        .type('text/csv; charset=utf-8')
        .attachment(`ab-report-${query.from}-${query.to}.csv`)
        .send(abReportCsv(report));
      return;
    }
    res.json(report);
  });
  return router;
}
