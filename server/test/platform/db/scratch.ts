import { randomBytes } from 'node:crypto';
import type { Engine } from '@psybook/testkit/engines';
import { createScratchDatabase } from '@psybook/testkit/scratch-database';
import { createPgliteDatabase } from '../../../src/platform/db/pglite.js';
import { createPostgresDatabase } from '../../../src/platform/db/postgres.js';
import type { Database } from '../../../src/platform/db/types.js';

/**
 * A database of its own for one suite, empty (nothing migrated) or, on Postgres, copied from
 * `template`; `url` is its owner's connection string on Postgres. `close()` drops it.
 */
export async function openScratchDatabase(
  engine: Engine,
  options: { template?: string } = {},
): Promise<Database & { url?: string }> {
  if (engine === 'pglite') return createPgliteDatabase();
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('Postgres tests need DATABASE_URL');
  const scratch = await createScratchDatabase(serverUrl, {
    name: `psybook_s_${randomBytes(6).toString('hex')}`,
    ...(options.template ? { template: options.template } : {}),
  });
  const db = await createPostgresDatabase({ ownerUrl: scratch.url });
  return {
    ...db,
    url: scratch.url,
    async close() {
      await db.close();
      await scratch.drop();
    },
  };
}
