#!/usr/bin/env node
// `npm test`: every test suite in turn, then one closing line with the totals.
// Database suites run on PGlite, and also on Postgres when DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from '@psybook/testkit/chromium';

const out = mkdtempSync(join(tmpdir(), 'psybook-results-'));
const only = process.argv.slice(2);

/**
 * Each stage writes a vitest-style JSON report (numPassedTests, numFailedTests …) to `report`.
 * @typedef {object} Stage
 * @property {string} name
 * @property {boolean} [needsChromium]
 * @property {() => boolean} [when]
 * @property {(report: string) => [cmd: string, args: string[], env?: Record<string, string>]} run
 */
/** @type {Stage[]} */
const stages = [
  {
    name: 'unit, API and database tests (vitest)',
    run: (report) => ['npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]],
  },
  {
    name: 'widget tests in Chromium (web-test-runner)',
    needsChromium: true,
    when: () => existsSync('packages/widget/web-test-runner.config.mjs'),
    run: (report) => [
      'npx',
      ['web-test-runner', '--config', 'packages/widget/web-test-runner.config.mjs'],
      { PSYBOOK_WTR_REPORT: report },
    ],
  },
  {
    name: 'end-to-end tests in Chromium (vitest + playwright-core)',
    needsChromium: true,
    when: () => existsSync('e2e/vitest.config.ts'),
    run: (report) => [
      'npx',
      [
        'vitest',
        'run',
        '--config',
        'e2e/vitest.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
      ],
    ],
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;
for (const [index, stage] of stages.entries()) {
  if (stage.when && !stage.when()) continue;
  if (only.length && !only.some((word) => stage.name.includes(word))) continue;
  if (stage.needsChromium) ensureChromium();
  const report = join(out, `stage-${index}.json`);
  const [cmd, args, env = {}] = stage.run(report);
  process.stdout.write(`\n=== ${stage.name}\n`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (!existsSync(report)) {
    process.stdout.write(`stage "${stage.name}" wrote no report (exit ${result.status})\n`);
    broken = true;
    continue;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += json.numFailedTests ?? 0;
  skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  if (result.status !== 0) broken = true;
}
rmSync(out, { recursive: true, force: true });
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(broken || failed > 0 ? 1 : 0);
