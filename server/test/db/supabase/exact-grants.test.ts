import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/platform/db/migrate.js';
import type { Database } from '../../../src/platform/db/types.js';
import { ENGINES } from '@psybook/testkit/engines';
import { catalogOf } from '../../platform/db/catalog.js';
import { openScratchDatabase } from '../../platform/db/scratch.js';
import { grantsOf, sqlDirUpTo } from './grants-of.js';

/** The same privileges may be listed in another order once revoked and granted again. */
const sortAcl = (line: string) =>
  line.replace(/acl=\{([^}]*)\}/, (_all, entries: string) => `acl={${entries.split(',').sort().join(',')}}`);
/** Everything but privileges (a function's default ACL is written out once revoked from anyone). */
const withoutPrivileges = (catalog: Record<string, string[]>) => ({
  ...catalog,
  relations: catalog['relations']!.map(sortAcl),
  columnPrivileges: catalog['columnPrivileges']!.map(sortAcl),
  functions: catalog['functions']!.map((line) => line.replace(/ acl=[^ ]*$/, '')),
});

const defaultAcls = async (db: Database) =>
  (
    await db.owner.query<{ line: string }>(
      `SELECT pg_get_userbyid(defaclrole) || ' ' || defaclobjtype::text || ' ' || defaclacl::text AS line
         FROM pg_default_acl ORDER BY 1`,
    )
  ).rows.map((row) => row.line);

// On plain Postgres and PGlite nothing gave our roles more than policies.sql and 0001 did, so
// 0002 must leave every privilege as it found it: taking back and granting again, exactly.
describe.each(ENGINES)('0002_exact_grants on %s, where no host granted anything', (engine) => {
  let db: Database;
  const dirs: ReturnType<typeof sqlDirUpTo>[] = [];
  let grantsBefore: Record<string, string[]>;
  let catalogBefore: Record<string, string[]>;
  let defaultsBefore: string[];
  let applied: string[];

  beforeAll(async () => {
    const [upTo1, upTo2] = [sqlDirUpTo(1), sqlDirUpTo(2)];
    dirs.push(upTo1, upTo2);
    db = await openScratchDatabase(engine);
    await migrate(db.owner, upTo1.dir);
    grantsBefore = await grantsOf(db.owner);
    catalogBefore = await catalogOf(db.owner);
    defaultsBefore = await defaultAcls(db);
    applied = (await migrate(db.owner, upTo2.dir)).applied;
  }, 180_000);
  afterAll(async () => {
    await db?.close();
    for (const dir of dirs) dir.remove();
  });

  it('is what the second run applies', () => {
    expect(applied).toEqual(['migrations/0002_exact_grants.sql']);
  });

  it('leaves every role exactly the privileges it had on tables, columns, sequences, functions and schemas', async () => {
    expect(grantsBefore['tables']).toContain('anon SELECT NO ON public.psychologists');
    expect(grantsBefore['columns']).toContain('authenticated UPDATE NO ON public.appointments.status');
    expect(await grantsOf(db.owner)).toEqual(grantsBefore);
  });

  it('changes nothing else in the catalog, and adds no default privileges', async () => {
    expect(withoutPrivileges(await catalogOf(db.owner))).toEqual(withoutPrivileges(catalogBefore));
    expect(await defaultAcls(db)).toEqual(defaultsBefore);
    expect(defaultsBefore).toEqual([]);
  });
});
