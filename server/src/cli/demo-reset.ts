// `npm run demo:reset`: removes the demo clinic and its experiment data from the database
// (DATABASE_URL, or the PGlite data folder), leaving the schema and any real data.
import { existsSync } from 'node:fs';
import { resetDemo } from '../demo/reset.js';
import { ConfigError, loadConfig } from '../platform/config.js';
import { openDatabase } from '../platform/db/open.js';

if (existsSync('.env')) process.loadEnvFile('.env');
try {
  const db = await openDatabase(loadConfig());
  try {
    const removed = await resetDemo(db.owner);
    console.log(
      `demo data removed: ${removed.psychologists} psychologists, ${removed.patients} patients, ${removed.metrics} metric events`,
    );
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(`psybook: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
  process.exit(1);
}
