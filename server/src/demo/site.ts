import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

/** The example clinic site; the same relative path from server/src/demo and server/dist/demo. */
export const DEMO_SITE_DIR = fileURLToPath(new URL('../../../examples/clinic-site/', import.meta.url));

/**
 * The strict policy the demo site is served under: nothing inline, nothing from elsewhere
 * except WhatsApp and calendar links (navigations, which CSP does not govern).
 */
export const SITE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

/** The example clinic site at `/`, embedding the widget as a clinic would. Demo only. */
export function demoSiteRoutes(siteDir: string = DEMO_SITE_DIR): Router {
  const router = Router();
  router.use(
    express.static(siteDir, {
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
