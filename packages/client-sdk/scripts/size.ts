// Bundles the SDK for the browser as an app's bundler would (ESM, minified, tree-shaken) and
// prints each entry's size. Fails if anything pulls in a Node built-in. `npm run size -w @psybook/client-sdk`
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const src = fileURLToPath(new URL('../src/', import.meta.url));

export interface Entry {
  name: string;
  /** The import a browser app would write. */
  contents: string;
  /** Left out of the bundle, e.g. zod when the app bundles it anyway. */
  external?: string[];
}

export const ENTRIES: Entry[] = [
  {
    name: 'core client (createClient + errors), with zod',
    contents: `export { createClient, isApiError } from './index.ts';`,
  },
  {
    name: 'core client, zod external',
    contents: `export { createClient, isApiError } from './index.ts';`,
    external: ['zod'],
  },
  {
    name: 'tracker + assignVariant + chatLink, zod external',
    contents: `export { createTracker, assignVariant, chatLink, newSessionId } from './index.ts';`,
    external: ['zod'],
  },
  { name: 'assignVariant + chatLink alone', contents: `export { assignVariant, chatLink } from './index.ts';` },
];

export interface Measured {
  name: string;
  minBytes: number;
  gzipBytes: number;
}

/** Bundles one entry for the browser with esbuild and gzips it (level 9). */
export async function measure(entry: Entry): Promise<Measured> {
  const result = await build({
    stdin: { contents: entry.contents, resolveDir: src, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: entry.external ?? [],
    metafile: true,
    logLevel: 'silent',
  });
  const builtins = Object.keys(result.metafile.inputs).filter((input) => input.startsWith('node:'));
  if (builtins.length) throw new Error(`${entry.name} pulls in Node built-ins: ${builtins.join(', ')}`);
  const code = result.outputFiles[0]!.contents;
  return { name: entry.name, minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows: Measured[] = [];
  for (const entry of ENTRIES) rows.push(await measure(entry));
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  for (const row of rows) {
    process.stdout.write(
      `${row.name.padEnd(52)} ${kb(row.minBytes).padStart(6)} kB min ${kb(row.gzipBytes).padStart(6)} kB gzip\n`,
    );
  }
  process.stdout.write(`${JSON.stringify(rows)}\n`);
}
