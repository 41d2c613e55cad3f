import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { isFresh } from '@psybook/testkit/freshness';

const CONSOLE = 'packages/admin-console';

/** The server serves packages/admin-console/dist: build it when missing or older than its sources. */
export function ensureAdminConsoleBuilt(): void {
  const sources = [`${CONSOLE}/src`, `${CONSOLE}/index.html`, 'packages/client-sdk/src'];
  if (existsSync(`${CONSOLE}/dist/index.html`) && isFresh(`${CONSOLE}/dist`, sources)) return;
  const result = spawnSync('npm', ['run', 'build', '-w', '@psybook/admin-console'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the admin console build failed; see above');
}

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
}

/**
 * axe-core's WCAG 2 A/AA violations on the page, shadow roots included. The script goes in
 * through the DevTools protocol, which the page's CSP does not govern (a <script> tag would be
 * refused, as it should be).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(`${source}\n;void 0`);
  const result = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`,
  )) as AxeResult;
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}
