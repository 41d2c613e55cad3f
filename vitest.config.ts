import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const sdkSrc = fileURLToPath(new URL('./packages/client-sdk/src/', import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run the SDK from source, so a change needs no build first.
    alias: [
      { find: /^@psybook\/client-sdk\/schema$/, replacement: `${sdkSrc}schema/index.ts` },
      { find: /^@psybook\/client-sdk$/, replacement: `${sdkSrc}index.ts` },
    ],
  },
  test: {
    include: ['server/test/**/*.test.ts', 'packages/client-sdk/test/**/*.test.ts', 'examples/**/*.test.ts'],
    globalSetup: ['packages/testkit/src/global-setup.ts'],
    // PGlite is memory-hungry and the machine has two cores; a few workers are plenty.
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
