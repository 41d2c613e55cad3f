import type { Config } from '../server/src/platform/config.js';
import type { Database, DbRole } from '../server/src/platform/db/types.js';

/** What a benchmark scenario gets: a running app over a seeded clinic on one engine. */
export interface BenchContext {
  engine: 'pglite' | 'postgres';
  /** Base URL of the app, e.g. http://127.0.0.1:41234 */
  url: string;
  db: Database;
  config: Config;
  /** A bearer token the app accepts, for the given role. */
  token(role: DbRole, sub?: string): Promise<string>;
  /** How long each load run lasts. @unit seconds */
  durationSeconds: number;
  /** The seeded clinic's psychologist ids. */
  psychologistIds: number[];
}

/** A scenario module in bench/scenarios/*.ts default-exports one of these. */
export type BenchScenario = (ctx: BenchContext) => Promise<Record<string, unknown>>;
