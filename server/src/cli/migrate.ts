// `npm run db:migrate`: applies db/ to DATABASE_URL, or to the PGlite folder in DATA_DIR.
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '../platform/config.js';
import { migrate } from '../platform/db/migrate.js';
import { openDatabase } from '../platform/db/open.js';

if (existsSync('.env')) process.loadEnvFile('.env');
try {
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    const report = await migrate(db.owner);
    console.log(
      report.applied.length ? `applied: ${report.applied.join(', ')}` : 'nothing to apply: the database is up to date',
    );
    if (report.adopted.length)
      console.log(`adopted (already in place from an earlier layout): ${report.adopted.join(', ')}`);
    if (report.skipped.length) console.log(`skipped (provided by the host): ${report.skipped.join(', ')}`);
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(`psybook: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
  process.exit(1);
}
