// Plain JavaScript: `npm start` (scripts/start.mjs) uses it before anything is built.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The newest modification time under a file or folder (0 when it does not exist).
 * @param {string} path
 * @returns {number} @unit milliseconds since the epoch
 */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let time = 0;
  for (const entry of readdirSync(path)) time = Math.max(time, newest(join(path, entry)));
  return time;
}

/**
 * Whether `built` exists and is newer than every one of `sources`.
 * @param {string} built a file or folder
 * @param {string[]} sources files or folders
 */
export function isFresh(built, sources) {
  const time = newest(built);
  return time > 0 && sources.every((source) => newest(source) <= time);
}
