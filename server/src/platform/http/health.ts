import { Router } from 'express';
import type { RouteDeps } from '../../deps.js';

/** Liveness says the process answers; readiness says it can reach its database. */
export function healthRoutes({ db }: RouteDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready', database: db.engine });
    } catch (error) {
      req.log.warn({ err: error }, 'database not ready');
      res.status(503).type('application/problem+json').json({
        type: 'https://psybook.dev/problems/not_ready',
        title: 'The database is not reachable',
        status: 503,
        code: 'not_ready',
      });
    }
  });
  return router;
}
