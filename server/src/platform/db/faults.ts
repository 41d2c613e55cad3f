import { DatabaseUnavailable } from '../errors.js';
import { sqlState } from './rows.js';

/**
 * SQLSTATEs that say "the database could not do it now", not "the request is wrong": a lost or
 * refused connection (class 08, 57P01–57P03, 53300), our own timeouts (57014 statement,
 * 55P03 lock, 25P03 idle in transaction). They become 503 with Retry-After, never a 500.
 */
const UNAVAILABLE: Record<string, DatabaseUnavailable['reason']> = {
  '57P01': 'connection_lost',
  '57P02': 'connection_lost',
  '57P03': 'connection_lost',
  '53300': 'busy',
  '57014': 'timeout',
  '55P03': 'timeout',
  '25P03': 'timeout',
};

/** Driver messages for a connection that died under us (pg has no SQLSTATE for them). */
const CONNECTION_LOST =
  /Connection terminated|connection is closed|Client has encountered a connection error|ECONNRESET|ECONNREFUSED|EPIPE/i;

/** The domain's reading of a database failure, or `undefined` when it is not a fault of availability. */
export function asDatabaseFault(error: unknown): DatabaseUnavailable | undefined {
  if (error instanceof DatabaseUnavailable) return error;
  const state = sqlState(error);
  if (state) {
    if (state.startsWith('08')) return new DatabaseUnavailable('connection_lost');
    const reason = UNAVAILABLE[state];
    return reason ? new DatabaseUnavailable(reason) : undefined;
  }
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message !== 'string') return undefined;
  if (/timeout exceeded when trying to connect/i.test(message)) return new DatabaseUnavailable('busy');
  return CONNECTION_LOST.test(message) ? new DatabaseUnavailable('connection_lost') : undefined;
}

/** How long a request may use the database; each is set for the request's transaction only. */
export interface DbTimeouts {
  /** One statement. @unit ms @default 5000 */
  statementMs: number;
  /** Waiting for a row or table lock. @unit ms @default 2000 */
  lockMs: number;
  /** A transaction left open doing nothing. @unit ms @default 10000 */
  idleInTransactionMs: number;
  /** Waiting for a connection (Postgres pool) or the single session (PGlite). @unit ms @default 5000 */
  acquireMs: number;
}

export const DEFAULT_TIMEOUTS: DbTimeouts = {
  statementMs: 5000,
  lockMs: 2000,
  idleInTransactionMs: 10_000,
  acquireMs: 2000,
};

/** The three settings as `set_config` calls for the current transaction, in one SELECT list. */
export const timeoutSettingsSql = (t: DbTimeouts): string =>
  `set_config('statement_timeout', '${Math.trunc(t.statementMs)}', true), ` +
  `set_config('lock_timeout', '${Math.trunc(t.lockMs)}', true), ` +
  `set_config('idle_in_transaction_session_timeout', '${Math.trunc(t.idleInTransactionMs)}', true)`;
