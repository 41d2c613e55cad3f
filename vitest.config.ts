import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run the SDK from source (its `source` export condition), so a change needs no build
  // first. Node tests resolve in Vite's SSR environment; Vite's defaults follow ours.
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: {
    include: ['server/test/**/*.test.ts', 'packages/client-sdk/test/**/*.test.ts', 'examples/**/*.test.ts'],
    globalSetup: ['packages/testkit/src/global-setup.ts'],
    // PGlite is memory-hungry and the machine has two cores; a few workers are plenty.
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
