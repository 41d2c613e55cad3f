#!/usr/bin/env node
// `npm start`: build what is not built (or is older than its sources), then run the server,
// which migrates, seeds the demo clinic on an empty database and prints its URLs.
import { spawnSync } from 'node:child_process';
import { isFresh } from '@psybook/testkit/freshness';

const packages = [
  { workspace: '@psybook/client-sdk', src: ['packages/client-sdk/src'], dist: 'packages/client-sdk/dist' },
  {
    workspace: '@psybook/widget',
    src: ['packages/widget/src', 'packages/client-sdk/src'],
    dist: 'packages/widget/dist',
  },
  {
    workspace: '@psybook/admin-console',
    src: ['packages/admin-console/src', 'packages/client-sdk/src'],
    dist: 'packages/admin-console/dist',
  },
  { workspace: '@psybook/server', src: ['server/src', 'packages/client-sdk/src'], dist: 'server/dist' },
];
for (const pkg of packages) {
  if (isFresh(pkg.dist, pkg.src)) continue;
  const result = spawnSync('npm', ['run', 'build', '-w', pkg.workspace, '--if-present'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import(new URL('../server/dist/main.js', import.meta.url).href);
