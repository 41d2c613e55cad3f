import { DatabaseUnavailable } from '../errors.js';

/**
 * `work`, or `DatabaseUnavailable('timeout')` after `ms`, whichever is first; readiness must
 * answer within its budget even while the database hangs. The work itself is not cancelled.
 */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailable('timeout')), ms);
  });
  work.catch(() => {}); // a late failure after the deadline is nobody's to hear
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
