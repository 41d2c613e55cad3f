import { existsSync } from 'node:fs';
import express, { Router, type RequestHandler } from 'express';
import type { RouteDeps } from '../deps.js';
import { HttpProblem } from '../platform/http/problem.js';
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
 * The clinic console at /admin (built by `npm run build -w @psybook/admin-console`); it talks
 * to the API like any other client, through the SDK.
 */
export function adminConsoleRoutes(_deps: RouteDeps, distDir = DEFAULT_ASSETS.consoleDir): Router {
  const router = Router();

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
