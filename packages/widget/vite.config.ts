import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const zodPassthrough = fileURLToPath(new URL('build/zod-passthrough.ts', import.meta.url));

export default defineConfig({
  resolve: {
    // `source`: built from the SDK's source, so the widget never waits on (or lags behind) an
    // SDK build. `production`: always the production builds of dependencies (Lit's dev mode
    // warns and is larger), even when the build runs with NODE_ENV=test, e.g. from a test runner.
    conditions: ['source', 'module', 'browser', 'production'],
    alias: [
      // See build/zod-passthrough.ts: the SDK's response validation stays out of the script.
      { find: /^zod(\/.*)?$/, replacement: zodPassthrough },
    ],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: fileURLToPath(new URL('src/index.ts', import.meta.url)),
      name: 'Psybook',
      formats: ['iife', 'es'],
      // psybook.js is the one file a clinic loads with <script src>; psybook.mjs is for bundlers.
      fileName: (format) => (format === 'iife' ? 'psybook.js' : 'psybook.mjs'),
    },
    rollupOptions: {
      // Lit and everything else are bundled in: a clinic page loads one file and nothing else.
      external: [],
    },
  },
});
