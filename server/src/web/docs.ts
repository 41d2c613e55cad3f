import { createRequire } from 'node:module';
import { Router } from 'express';
import type { RouteDeps } from '../deps.js';
import { buildOpenApiDocument } from './openapi/document.js';

/** RapiDoc's self-contained build, served from node_modules: the strict CSP allows only same-origin scripts. */
const RENDERER = createRequire(import.meta.url).resolve('rapidoc/dist/rapidoc-min.js');

/**
 * The page shell. RapiDoc is configured by attributes only (no inline script); it runs no
 * eval, and with `load-fonts="false"` fetches nothing but /openapi.json.
 */
const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Psybook API reference</title>
<link rel="icon" href="data:,">
<script type="module" src="/docs/rapidoc-min.js"></script>
</head>
<body>
<rapi-doc spec-url="/openapi.json" render-style="read" theme="light" load-fonts="false" show-header="false"
  allow-spec-url-load="false" allow-spec-file-load="false" allow-server-selection="false"
  schema-description-expanded="true" default-schema-tab="schema" primary-color="#2b59a3">
</rapi-doc>
<noscript>This page renders <a href="/openapi.json">/openapi.json</a>; open that document directly without JavaScript.</noscript>
</body>
</html>
`;

/** `/openapi.json` (generated from the contract's route table once) and the `/docs` reference page. */
export function docsRoutes({ config }: RouteDeps): Router {
  const document = JSON.stringify(buildOpenApiDocument(config.PUBLIC_URL));
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.type('application/json').set('Cache-Control', 'public, max-age=300').send(document);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(DOCS_HTML);
  });
  router.get('/docs/rapidoc-min.js', (_req, res, next) => {
    res.set('Cache-Control', 'public, max-age=3600');
    res.sendFile(RENDERER, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } }, (error) => {
      if (error) next(error);
    });
  });
  return router;
}
