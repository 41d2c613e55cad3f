#!/usr/bin/env node
// `npm run check:cycles` (part of `npm run verify`): fails on any import cycle in the repo's own
// code, type-only imports included, across workspaces too. Imports resolve as tsc resolves them
// (tsconfig.base.json: NodeNext, the `source` condition), so @psybook/* lands in its source.
import { createRequire } from 'node:module';
import madge from 'madge';
import ts from 'typescript';

const ROOTS = ['server', 'packages', 'e2e', 'bench', 'examples', 'scripts'];

// madge resolves .js/.mjs importers with a CommonJS resolver that knows no exports maps; give
// them the TypeScript lookup too, in the copy of filing-cabinet that madge itself loads.
const fromMadge = createRequire(createRequire(import.meta.url).resolve('madge'));
const cabinet = createRequire(fromMadge.resolve('dependency-tree'))('filing-cabinet');
for (const extension of ['.js', '.mjs']) cabinet.register(extension, cabinet.getLookup('.ts'));

const base = ts.readConfigFile('tsconfig.base.json', ts.sys.readFile).config;
const result = await madge(ROOTS, {
  fileExtensions: ['ts', 'mjs', 'js'],
  excludeRegExp: [/(^|\/)(node_modules|dist)\//],
  tsConfig: { compilerOptions: { ...base.compilerOptions, allowJs: true } },
});

const files = Object.keys(result.obj()).length;
const cycles = result.circular();
// An import of our own code that did not resolve would hide its edges from the check.
const unresolved = result.warnings().skipped.filter((spec) => spec.startsWith('.') || spec.startsWith('@psybook/'));

for (const cycle of cycles) process.stderr.write(`import cycle: ${[...cycle, cycle[0]].join(' → ')}\n`);
for (const spec of unresolved) process.stderr.write(`could not resolve ${spec}\n`);
if (cycles.length || unresolved.length || files === 0) process.exit(1);
process.stdout.write(`No import cycles in ${files} files.\n`);
