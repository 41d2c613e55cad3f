/** The /docs page shell; docs.js fills it from /openapi.json. No external resources. */
export const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Psybook API reference</title>
<link rel="stylesheet" href="/docs/docs.css">
<script src="/docs/docs.js" defer></script>
</head>
<body>
<div id="app">Loading the API reference…</div>
<noscript>This page renders <a href="/openapi.json">/openapi.json</a>; open that document directly without JavaScript.</noscript>
</body>
</html>
`;

export const DOCS_CSS = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem; color: #1d2330; }
h1 small { font-size: 0.5em; color: #667; }
.layout { display: grid; grid-template-columns: 260px 1fr; gap: 2rem; }
nav { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; font-size: 13px; }
nav ul { list-style: none; padding: 0; } nav li { margin: 0.2rem 0; }
.op { border-top: 1px solid #dde; padding: 0.5rem 0 1rem; }
.method { display: inline-block; min-width: 4.5em; text-align: center; border-radius: 4px; color: #fff; font-size: 12px; padding: 2px 6px; }
.get { background: #2f6f4f; } .post { background: #2b59a3; } .patch { background: #8a5a00; } .delete { background: #a33; }
.lock, .opt, .muted { color: #667; font-size: 12px; }
table { border-collapse: collapse; margin: 0.3rem 0; width: 100%; }
td, th { border: 1px solid #e3e5ee; padding: 4px 6px; vertical-align: top; text-align: left; font-size: 13px; }
code { font: 13px ui-monospace, monospace; } details { margin: 0.3rem 0; } summary { cursor: pointer; }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr; } nav { position: static; } }
`;
