import type { Queryable } from './types.js';

/**
 * Runs `fn` inside a SAVEPOINT: when it fails, only its own work is undone and the caller's
 * transaction stays usable (the bot offers other times after a slot was taken).
 */
export async function withSavepoint<T>(tx: Queryable, name: string, fn: () => Promise<T>): Promise<T> {
  await tx.query(`SAVEPOINT ${name}`);
  try {
    const result = await fn();
    await tx.query(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
    throw error;
  }
}
