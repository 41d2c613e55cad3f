import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const sdkSource = fileURLToPath(new URL('../client-sdk/src/index.ts', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The server mounts the built files at /admin/.
  base: '/admin/',
  resolve: {
    // Built from the SDK's source, so the console never waits on an SDK build.
    alias: [{ find: /^@psybook\/client-sdk$/, replacement: sdkSource }],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // No inline script or style anywhere: the page runs under a strict CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
