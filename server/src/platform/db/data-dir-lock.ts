import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface DataDirLock {
  release(): void;
}

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError' as const;
  constructor(dir: string, pid: number) {
    super(`data folder ${dir} is in use by process ${pid}; stop it or set DATA_DIR to another folder`);
  }
}

/** Folders this process holds: a second open here is refused by this, not by the pid. */
const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Linux's clock ticks per second for /proc times (USER_HZ; 100 on every mainstream build). */
const USER_HZ = 100;

/** When process `pid` started (epoch ms), from /proc; `undefined` where /proc cannot tell. */
export function processStartedAt(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime) counts from after the command name, which may hold spaces: ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const bootLine = readFileSync('/proc/stat', 'utf8')
      .split('\n')
      .find((line) => line.startsWith('btime '));
    const bootSeconds = Number(bootLine?.slice(6));
    if (!Number.isFinite(ticks) || !Number.isFinite(bootSeconds)) return undefined;
    return bootSeconds * 1000 + (ticks / USER_HZ) * 1000;
  } catch {
    return undefined;
  }
}

/**
 * Whether the lock at `path`, naming `pid`, still belongs to a live holder. A pid is reused: after
 * a crash in a container the restarted server usually gets the same one, and another process can
 * get it too. So our own pid counts only if this process holds the folder, and a live other pid
 * only if that process started before the lock was written (a later one cannot have written it).
 */
function heldBy(pid: number, path: string, dir: string): boolean {
  if (pid === process.pid) return held.has(dir);
  if (!isAlive(pid)) return false;
  const startedAt = processStartedAt(pid);
  if (startedAt === undefined) return true; // cannot tell: the safe answer is "in use"
  // One second of slack: /proc counts in ticks and file times may be coarse.
  return startedAt <= statSync(path).mtimeMs + 1000;
}

/**
 * PGlite has no postmaster to guard its folder, and two processes writing one data folder
 * corrupt it, so we take a pid file. A lock left by a process that died is taken over.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'psybook.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held.add(dir);
      return {
        release: () => {
          held.delete(dir);
          rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && heldBy(pid, path, dir)) throw new DataDirInUseError(dataDir, pid);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not lock data folder ${dataDir}`);
}
