import { describe, expect, it } from 'vitest';
import { asRolledBack, ENGINES } from '@psybook/testkit/engines';
import { ADMIN, ANON, SERVICE, WHATSAPP } from './fixtures.js';
import { expectNoSchemaAccess, expectPermissionDenied, expectPolicyViolation, usePolicyDatabase } from './harness.js';

const TABLE = 'psybook_private.whatsapp_processed_messages';
const RECORD = `INSERT INTO ${TABLE} (wamid) VALUES ('wamid.HBgM') ON CONFLICT DO NOTHING`;

describe.each(ENGINES)('whatsapp_processed_messages policies on %s', (engine) => {
  const t = usePolicyDatabase(engine);

  describe('Whatsapp service can record processed messages', () => {
    it('records a message id once: a redelivery inserts 0 rows', async () => {
      const counts = await asRolledBack(t.db, WHATSAPP, async (tx) => [
        (await tx.query(RECORD)).rowCount,
        (await tx.query(RECORD)).rowCount,
        (await tx.query(`SELECT wamid FROM ${TABLE}`)).rows,
      ]);
      expect(counts).toEqual([1, 0, [{ wamid: 'wamid.HBgM' }]]);
    });
    it('refuses a duplicate id outright without ON CONFLICT (unique violation)', async () => {
      const duplicate = asRolledBack(t.db, WHATSAPP, async (tx) => {
        await tx.query(`INSERT INTO ${TABLE} (wamid) VALUES ('wamid.X')`);
        await tx.query(`INSERT INTO ${TABLE} (wamid) VALUES ('wamid.X')`);
      });
      await expect(duplicate).rejects.toMatchObject({ code: '23505' });
    });
    it('refuses the bot forgetting a message id (permission denied)', async () => {
      await expectPermissionDenied(t.affected(WHATSAPP, `DELETE FROM ${TABLE}`), 'whatsapp_processed_messages');
    });
    it('refuses service, whose own tables share the schema (permission denied)', async () => {
      await expectPermissionDenied(t.affected(SERVICE, RECORD), 'whatsapp_processed_messages');
    });
    it.each([
      ['anon', ANON],
      ['an admin', ADMIN],
    ])('refuses %s: the private schema is closed to request roles', async (_name, claims) => {
      await expectNoSchemaAccess(t.affected(claims, RECORD), 'psybook_private');
    });
    it('refuses a signed-in person: the private schema is closed to them', async () => {
      await expectNoSchemaAccess(t.affected(t.fx.patientA.claims, RECORD), 'psybook_private');
    });
    it('refuses an admin recording a message id even when granted the table (WITH CHECK)', async () => {
      const grant = `USAGE ON SCHEMA psybook_private TO admin; GRANT INSERT ON ${TABLE} TO admin`;
      await expectPolicyViolation(t.affectedWithGrant(grant, ADMIN, RECORD), 'whatsapp_processed_messages');
    });
  });
});
