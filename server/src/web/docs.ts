import { Router } from 'express';
import type { RouteDeps } from '../deps.js';
import { DOCS_CSS, DOCS_HTML } from './openapi/docs-page.js';
import { DOCS_SCRIPT } from './openapi/docs-script.js';
import { buildOpenApiDocument } from './openapi/document.js';

/** `/openapi.json` (generated from the contract once) and the `/docs` reference page. */
export function docsRoutes({ config }: RouteDeps): Router {
  const document = JSON.stringify(buildOpenApiDocument(config.PUBLIC_URL));
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.type('application/json').set('Cache-Control', 'public, max-age=300').send(document);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(DOCS_HTML);
  });
  router.get('/docs/docs.js', (_req, res) => {
    res.type('text/javascript').set('Cache-Control', 'public, max-age=300').send(DOCS_SCRIPT);
  });
  router.get('/docs/docs.css', (_req, res) => {
    res.type('text/css').set('Cache-Control', 'public, max-age=300').send(DOCS_CSS);
  });
  return router;
}
