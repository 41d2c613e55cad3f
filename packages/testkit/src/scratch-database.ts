import pg from 'pg';
import { createPostgresDatabase } from '../../../server/src/platform/db/postgres.js';
import type { Database } from '../../../server/src/platform/db/types.js';

export interface ScratchOptions {
  /** The new database's name (a plain SQL identifier); one left over under that name is dropped first. */
  name: string;
  /** Start as a copy of this database instead of empty. */
  template?: string;
}

export interface ScratchDatabase {
  name: string;
  /** The owner's connection string for it: the server's URL with the database's name. */
  url: string;
  drop(): Promise<void>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

async function onServer(serverUrl: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database of its own on the Postgres server `serverUrl` points at; `drop()` removes it. */
export async function createScratchDatabase(serverUrl: string, options: ScratchOptions): Promise<ScratchDatabase> {
  // CREATE DATABASE takes no parameters, so the names are checked instead.
  for (const name of [options.name, options.template ?? 'x'])
    if (!IDENTIFIER.test(name)) throw new Error(`not a plain database name: ${name}`);
  const dropSql = `DROP DATABASE IF EXISTS ${options.name} WITH (FORCE)`;
  await onServer(serverUrl, [
    dropSql,
    `CREATE DATABASE ${options.name}${options.template ? ` TEMPLATE ${options.template}` : ''}`,
  ]);
  const url = new URL(serverUrl);
  url.pathname = `/${options.name}`;
  return { name: options.name, url: url.toString(), drop: () => onServer(serverUrl, [dropSql]) };
}

/** A scratch database opened as the app's `Database`; its `close()` drops it too. */
export async function openScratchPostgres(
  serverUrl: string,
  options: ScratchOptions & { poolSize?: number },
): Promise<Database> {
  const scratch = await createScratchDatabase(serverUrl, options);
  const db = await createPostgresDatabase({
    ownerUrl: scratch.url,
    ...(options.poolSize ? { poolSize: options.poolSize } : {}),
  });
  return {
    ...db,
    async close() {
      await db.close();
      await scratch.drop();
    },
  };
}
