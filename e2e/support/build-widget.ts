import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isFresh } from '@psybook/testkit/freshness';

/** The site serves packages/widget/dist: build it when missing or older than its sources. */
export default function setup(): void {
  const built = existsSync('packages/widget/dist/psybook.js')
    ? 'packages/widget/dist'
    : 'packages/widget/dist/psybook.js';
  if (isFresh(built, ['packages/widget/src', 'packages/client-sdk/src'])) return;
  const result = spawnSync('npm', ['run', 'build', '-w', '@psybook/widget'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the widget build failed; see above');
}
