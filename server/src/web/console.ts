import { existsSync } from 'node:fs';
import express, { Router, type RequestHandler } from 'express';
import { AbReportQuery } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../deps.js';
import { claimsOf } from '../platform/http/authenticate.js';
import { HttpProblem } from '../platform/http/problem.js';
import { parse } from '../platform/http/validate.js';
import { readAsCaller } from '../experiments/admin-only.js';
import { rangeHasDemoData } from '../experiments/demo-label.js';

import { DEFAULT_ASSETS } from './assets.js';

/**
 * Stricter than the API's default: the console runs no inline script or style at all (Lit
 * styles travel as constructable stylesheets), talks only to this origin and cannot be framed.
 */
const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const consoleHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('Content-Security-Policy', CONSOLE_CSP);
  res.setHeader('X-Frame-Options', 'DENY');
  next();
};

/**
 * The clinic console at /admin (built by `npm run build -w @psybook/admin-console`), and the
 * one small endpoint it needs beyond the public API: whether a report range holds demo data.
 */
export function adminConsoleRoutes(deps: RouteDeps, distDir = DEFAULT_ASSETS.consoleDir): Router {
  const router = Router();

  router.get('/admin/demo-data.json', async (req, res) => {
    const { from, to } = parse(AbReportQuery, 'query', req);
    const demo = await readAsCaller(deps.db, claimsOf(res), (tx) =>
      rangeHasDemoData(tx, { from, to, timezone: deps.config.CLINIC_TIMEZONE }),
    );
    res.json({ demo });
  });

  router.use('/admin', consoleHeaders, (req, _res, next) => {
    if (!existsSync(distDir)) {
      throw new HttpProblem(503, 'console_not_built', 'The clinic console is not built', {
        detail: 'run `npm run build -w @psybook/admin-console` (npm start does it when needed)',
      });
    }
    next();
  });
  // Hashed asset names change with their content, so they may be cached for long; the page not.
  router.use('/admin/assets', express.static(`${distDir}/assets`, { immutable: true, maxAge: '365d', index: false }));
  router.get(['/admin', '/admin/'], (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile('index.html', { root: distDir });
  });
  return router;
}
