import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time under a file or folder (0 when it does not exist). */
export function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let time = 0;
  for (const entry of readdirSync(path)) time = Math.max(time, newest(join(path, entry)));
  return time;
}

/** Whether `built` exists and is newer than every one of `sources`. */
export function isFresh(built: string, sources: string[]): boolean {
  const time = existsSync(built) ? newest(built) : 0;
  return time > 0 && sources.every((source) => newest(source) <= time);
}
