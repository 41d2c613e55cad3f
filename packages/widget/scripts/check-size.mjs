#!/usr/bin/env node
// After `vite build`: measures the script file gzipped and fails above the budget, then writes
// a content-hashed copy (psybook.<hash>.js) that the server may cache forever, and a manifest
// naming it.
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Lit included. @unit bytes */
const BUDGET = 30 * 1024;
const dist = new URL('../dist/', import.meta.url);

const script = readFileSync(new URL('psybook.js', dist));
const gzipped = gzipSync(script, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(`psybook.js: ${kb(script.length)} minified, ${kb(gzipped)} gzip (budget ${kb(BUDGET)})`);
if (gzipped > BUDGET) {
  console.error(`psybook.js is over its size budget by ${kb(gzipped - BUDGET)}`);
  process.exit(1);
}

const hash = createHash('sha256').update(script).digest('hex').slice(0, 10);
const hashed = `psybook.${hash}.js`;
copyFileSync(new URL('psybook.js', dist), new URL(hashed, dist));
writeFileSync(
  new URL('manifest.json', dist),
  JSON.stringify({ 'psybook.js': hashed, gzipBytes: gzipped, budgetBytes: BUDGET }, null, 2) + '\n',
);

// The zod pass-through (build/zod-passthrough.ts) must export every zod builder the SDK calls.
const shim = readFileSync(new URL('../build/zod-passthrough.ts', import.meta.url), 'utf8');
const exported = new Set([...shim.matchAll(/^\s+p as (\w+),$/gm)].map((m) => m[1]));
const sdk = new URL('../../client-sdk/src/', import.meta.url);
const used = new Set();
for (const file of readdirSync(sdk, { recursive: true })) {
  if (!String(file).endsWith('.ts')) continue;
  const text = readFileSync(new URL(String(file), sdk), 'utf8').replace(
    /import type[^;]*;|z\.(infer|input|output|ZodType)\b/g,
    '',
  );
  for (const match of text.matchAll(/\bz\.([A-Za-z]\w*)/g)) used.add(match[1]);
}
const missing = [...used].filter((name) => !exported.has(name));
if (missing.length) {
  console.error(`build/zod-passthrough.ts lacks zod builders the SDK uses: ${missing.join(', ')}`);
  process.exit(1);
}
