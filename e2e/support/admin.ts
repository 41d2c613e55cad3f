import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const CONSOLE = 'packages/admin-console';

/** Newest modification time under `path` (a file or a folder). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** The server serves packages/admin-console/dist: build it when missing or older than its sources. */
export function ensureAdminConsoleBuilt(): void {
  const built = existsSync(`${CONSOLE}/dist/index.html`) ? newest(`${CONSOLE}/dist`) : 0;
  const sources = [`${CONSOLE}/src`, `${CONSOLE}/index.html`, 'packages/client-sdk/src'];
  if (built && sources.every((path) => newest(path) <= built)) return;
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
