import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** End-to-end tests: the real server in-process on PGlite, the example site, Debian's Chromium. */
export default defineConfig({
  root: fileURLToPath(new URL('../', import.meta.url)),
  // The SDK from source, as in the root config.
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: {
    include: ['e2e/**/*.test.ts'],
    // The server tests' migrated PGlite dump, then a widget build if the sources are newer.
    globalSetup: ['packages/testkit/src/global-setup.ts', 'e2e/support/build-widget.ts'],
    // A browser per file is heavy on two shared cores: one file at a time.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
