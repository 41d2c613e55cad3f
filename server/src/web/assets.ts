import { fileURLToPath } from 'node:url';

/**
 * The one place that names the built front ends the server hands out; the same relative path
 * from server/src/web and server/dist/web. A deployment that ships them elsewhere passes its
 * own folders to `createApp`.
 */
export interface WebAssets {
  /** The widget's build (psybook.js, the hashed files, manifest.json). */
  widgetDir: string;
  /** The staff console's build (index.html, assets/). */
  consoleDir: string;
}

export const DEFAULT_ASSETS: WebAssets = {
  widgetDir: fileURLToPath(new URL('../../../packages/widget/dist/', import.meta.url)),
  consoleDir: fileURLToPath(new URL('../../../packages/admin-console/dist/', import.meta.url)),
};
