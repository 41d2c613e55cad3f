import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_SQL_DIR } from '../platform/db/migrate.js';
import type { OwnerConnection } from '../platform/db/types.js';
import { seedDemoExperiment } from './experiment.js';

/** Seeds the demo clinic when the database has no psychologists; returns whether it did. */
export async function seedDemoIfEmpty(owner: OwnerConnection, sqlDir = DEFAULT_SQL_DIR): Promise<boolean> {
  const { rows } = await owner.query<{ n: number }>('SELECT count(*)::int AS n FROM psychologists');
  if ((rows[0]?.n ?? 0) > 0) return false;
  await owner.exec(await readFile(join(sqlDir, 'demo.sql'), 'utf8'));
  await seedDemoExperiment(owner);
  return true;
}
