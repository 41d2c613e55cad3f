import { seedDemoIfEmpty } from '../../server/src/demo/seed.js';
import type { Database } from '../../server/src/platform/db/types.js';
import { startTestApp, type TestApp } from '@psybook/testkit/app';

export interface DemoServerOptions {
  /** Environment overrides, e.g. `{ EXPERIMENT_SPLIT: '0' }`. */
  env?: Record<string, string>;
  /** Share a database with another server (closed by its owner). */
  db?: Database;
}

/**
 * The real app (API, example clinic site and widget script) on an ephemeral port, over a
 * migrated PGlite seeded with the demo clinic, exactly as `npm start` serves it.
 */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<TestApp> {
  const app = await startTestApp('pglite', {
    env: { CLINIC_NAME: 'Serena Psychology', ...options.env },
    ...(options.db ? { db: options.db } : {}),
  });
  await seedDemoIfEmpty(app.db.owner);
  return app;
}
