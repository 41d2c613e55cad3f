import { DatabaseUnavailable } from '../errors.js';

/** One holder at a time, first come first served, with a bounded wait. */
export interface Gate {
  /** Resolves with a release function, or rejects `DatabaseUnavailable('busy')` after `waitMs`. */
  acquire(waitMs: number): Promise<() => void>;
}

/**
 * PGlite has one session, so requests take turns; without a bound, one slow transaction
 * would queue every other request behind it forever. A waiter that gives up leaves the queue.
 */
export function createGate(): Gate {
  let held = false;
  const waiters: Array<{ grant: () => void }> = [];
  const release = () => {
    const next = waiters.shift();
    if (next) next.grant();
    else held = false;
  };
  return {
    acquire(waitMs) {
      if (!held) {
        held = true;
        return Promise.resolve(once(release));
      }
      return new Promise((resolve, reject) => {
        const waiter = {
          grant: () => {
            clearTimeout(timer);
            resolve(once(release));
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new DatabaseUnavailable('busy'));
        }, waitMs);
        waiters.push(waiter);
      });
    },
  };
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}
