import cors from 'cors';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { adminFeatureRoutes } from './admin/routes/index.js';
import { bookingFeatureRoutes } from './booking/routes/index.js';
import { chatSimulatorRoutes } from './demo/chat-simulator.js';
import { demoSiteRoutes } from './demo/site.js';
import type { AppDeps, RouteDeps } from './deps.js';
import { reportRoutes } from './experiments/routes.js';
import { metricsRoutes } from './experiments/metrics-routes.js';
import { authenticate } from './platform/http/authenticate.js';
import { errorHandler, notFoundHandler } from './platform/http/errors.js';
import { healthRoutes } from './platform/http/health.js';
import { loggedPath } from './platform/http/log-path.js';
import { requestId } from './platform/http/request-id.js';
import { DEFAULT_ASSETS, type WebAssets } from './web/assets.js';
import { adminConsoleRoutes } from './web/console.js';
import { docsRoutes } from './web/docs.js';
import { widgetScriptRoutes } from './web/widget-script.js';
import { createWhatsappBot, type WhatsappBot } from './whatsapp/bot.js';
import { whatsappRoutes } from './whatsapp/routes.js';

export type { AppDeps, RouteDeps } from './deps.js';

/** Parts main.ts builds once and also runs in the background; tests may leave them out. */
export interface AppParts {
  /** The bot whose sweeper main.ts runs. @default a bot of the app's own, with no timers */
  whatsapp?: WhatsappBot;
  /** Where the built widget and console are. @default DEFAULT_ASSETS */
  assets?: WebAssets;
}

/**
 * Builds the HTTP app without listening and without starting anything in the background
 * (main.ts listens and runs the timers; tests use an ephemeral port).
 */
export function createApp(appDeps: AppDeps, parts: AppParts = {}): Express {
  const deps: RouteDeps = { now: () => new Date(), ...appDeps };
  const bot = parts.whatsapp ?? createWhatsappBot(deps);
  const assets = parts.assets ?? DEFAULT_ASSETS;
  const demo = deps.config.DEMO;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.TRUST_PROXY);
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: requestId,
      // One short line per request: no headers (they can carry tokens), no query string.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: loggedPath(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
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
  // Before any JSON parser: the webhook signature covers the raw bytes.
  app.use(whatsappRoutes(deps, bot));
  if (demo && bot.outbox) app.use(chatSimulatorRoutes(deps, bot, bot.outbox));
  app.use(authenticate(deps.verifier));
  app.use(metricsRoutes(deps), reportRoutes(deps), adminConsoleRoutes(deps, assets.consoleDir));
  app.use(docsRoutes(deps), bookingFeatureRoutes(deps), adminFeatureRoutes(deps));
  app.use(widgetScriptRoutes(assets.widgetDir));
  if (demo) app.use(demoSiteRoutes()); // the example clinic site at /
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
