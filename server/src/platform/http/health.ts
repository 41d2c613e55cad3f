import { Router } from 'express';
import { routes } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import { register } from './register.js';

/** Liveness says the process answers; readiness says it can reach its database. */
export function healthRoutes({ db }: RouteDeps): Router {
  const router = Router();
  register(router, routes.getHealth, () => ({ status: 'ok' as const }));
  register(router, routes.getReadiness, async ({ req, res }) => {
    try {
      await db.ping();
      return { status: 'ready' as const, database: db.engine };
    } catch (error) {
      req.log.warn({ err: error }, 'database not ready');
      // Written here rather than thrown: a probe's answer should not depend on the error middleware.
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
