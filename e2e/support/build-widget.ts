import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

/** The site serves packages/widget/dist: build it when missing or older than its sources. */
export default function setup(): void {
  const built = existsSync('packages/widget/dist/psybook.js') ? newest('packages/widget/dist') : 0;
  if (built && ['packages/widget/src', 'packages/client-sdk/src'].every((dir) => newest(dir) <= built)) return;
  const result = spawnSync('npm', ['run', 'build', '-w', '@psybook/widget'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the widget build failed; see above');
}
