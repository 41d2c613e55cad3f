import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { Router, type Response } from 'express';
import type { RouteDeps } from '../app.js';
import { HttpProblem } from '../platform/http/problem.js';

/** Where the example site and the built widget live; the same from server/src and server/dist. */
export interface SitePaths {
  siteDir: string;
  widgetDir: string;
}

export const DEFAULT_SITE_PATHS: SitePaths = {
  siteDir: fileURLToPath(new URL('../../../examples/clinic-site/', import.meta.url)),
  widgetDir: fileURLToPath(new URL('../../../packages/widget/dist/', import.meta.url)),
};

/**
 * The strict policy the demo site is served under: nothing inline, nothing from elsewhere
 * except WhatsApp and calendar links (navigations, which CSP does not govern).
 */
export const SITE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

/** psybook.<10 hex>.js: content-addressed, so it may be cached for a year. */
const HASHED = /\.[0-9a-f]{10}\.m?js(\.map)?$/;

function setScriptHeaders(res: Response, path: string): void {
  if (/\.m?js$/.test(path)) res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
  // Clinics load the script from their own origin; helmet's same-origin default would block it.
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.setHeader(
    'Cache-Control',
    HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300, stale-while-revalidate=86400',
  );
}

/**
 * The example clinic site at `/`, and the widget script a clinic embeds: `/psybook.js` (short
 * cache, a stable URL to paste) and `/widget/*` (the build, hashed files cached for good).
 */
export function siteRoutes(_deps: RouteDeps, paths: SitePaths = DEFAULT_SITE_PATHS): Router {
  const router = Router();
  const widgetBuilt = () => existsSync(`${paths.widgetDir}psybook.js`);
  const notBuilt = () =>
    new HttpProblem(503, 'widget_not_built', 'The widget is not built', {
      detail: 'Run `npm run build` (or `npm start`, which builds it).',
    });

  router.get('/psybook.js', (_req, res, next) => {
    if (!widgetBuilt()) throw notBuilt();
    // Set first: `send` keeps headers that are already there.
    setScriptHeaders(res, 'psybook.js');
    res.sendFile('psybook.js', { root: paths.widgetDir }, (error) => {
      if (error) next(error);
    });
  });

  router.use(
    '/widget',
    express.static(paths.widgetDir, {
      index: false,
      fallthrough: true,
      setHeaders: (res, path) => setScriptHeaders(res, path),
    }),
  );

  router.use(
    express.static(paths.siteDir, {
      index: 'index.html',
      setHeaders: (res, path) => {
        if (path.endsWith('.html')) {
          res.setHeader('Content-Security-Policy', SITE_CSP);
          res.setHeader('Cache-Control', 'no-cache');
        } else {
          res.setHeader('Cache-Control', 'public, max-age=300');
        }
      },
    }),
  );
  return router;
}
