import type { Logger } from 'pino';
import type { TokenVerifier } from './platform/auth/jwt.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/types.js';

/**
 * What the app is given from outside; tests pass their own. A leaf: it names platform types
 * only, so a feature can import it without importing back up into app.ts.
 */
export interface AppDeps {
  config: Config;
  db: Database;
  logger: Logger;
  verifier: TokenVerifier;
  /** The current time; tests pin it. @default () => new Date() */
  now?: () => Date;
}

/** What every feature's routes receive. */
export type RouteDeps = Required<AppDeps>;
