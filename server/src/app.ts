import cors from 'cors';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { TokenVerifier } from './platform/auth/jwt.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/types.js';
import { authenticate } from './platform/http/authenticate.js';
import { errorHandler, notFoundHandler } from './platform/http/errors.js';
import { loggedPath } from './platform/http/log-path.js';
import { requestId } from './platform/http/request-id.js';
import { healthRoutes } from './platform/http/health.js';
import { siteRoutes } from './web/site.js';
import { whatsappRoutes } from './whatsapp/routes.js';
import { metricsRoutes } from './metrics/routes.js';
import { adminConsoleRoutes } from './web/console.js';
import { reportRoutes } from './experiments/routes.js';
import { bookingApiRoutes } from './booking/routes/index.js';

/** Everything the app needs from outside; tests pass their own. */
export interface AppDeps {
  config: Config;
  db: Database;
  logger: Logger;
  verifier: TokenVerifier;
  /** The current time; tests pin it. @default () => new Date() */
  now?: () => Date;
}

export type RouteDeps = Required<AppDeps>;

/** Builds the HTTP app without listening (main.ts listens; tests use an ephemeral port). */
export function createApp(appDeps: AppDeps): Express {
  const deps: RouteDeps = { now: () => new Date(), ...appDeps };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: requestId,
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: loggedPath(req.url),
        }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );
  app.use(helmet());
  app.use(
    cors({
      origin: deps.config.ALLOWED_ORIGINS.length ? deps.config.ALLOWED_ORIGINS : false,
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    }),
  );
  app.use(healthRoutes(deps));
  app.use(whatsappRoutes(deps)); // before any JSON parser: the webhook signature covers the raw bytes
  app.use(authenticate(deps.verifier));
  app.use(metricsRoutes(deps), reportRoutes(deps), adminConsoleRoutes(deps));
  app.use(bookingApiRoutes(deps));
  app.use(siteRoutes(deps)); // the example clinic site at / and the widget script
  // Feature routers mount here.
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
