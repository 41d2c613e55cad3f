import { existsSync } from 'node:fs';
import express, { Router, type Response } from 'express';
import { HttpProblem } from '../platform/http/problem.js';

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
 * The widget script a clinic embeds: `/psybook.js` (short cache, a stable URL to paste) and
 * `/widget/*` (the build, hashed files cached for good).
 */
export function widgetScriptRoutes(widgetDir: string): Router {
  const router = Router();
  const widgetBuilt = () => existsSync(`${widgetDir}psybook.js`);
  const notBuilt = () =>
    new HttpProblem(503, 'widget_not_built', 'The widget is not built', {
      detail: 'Run `npm run build` (or `npm start`, which builds it).',
    });

  router.get('/psybook.js', (_req, res, next) => {
    if (!widgetBuilt()) throw notBuilt();
    // Set first: `send` keeps headers that are already there.
    setScriptHeaders(res, 'psybook.js');
    res.sendFile('psybook.js', { root: widgetDir }, (error) => {
      if (error) next(error);
    });
  });

  router.use(
    '/widget',
    express.static(widgetDir, {
      index: false,
      fallthrough: true,
      setHeaders: (res, path) => setScriptHeaders(res, path),
    }),
  );
  return router;
}
