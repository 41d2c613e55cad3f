import { describe, expect, it } from 'vitest';
import { asRolledBack, ENGINES } from '@psybook/testkit/engines';
import { ADMIN, ANON, SERVICE, WHATSAPP } from './fixtures.js';
import { expectPermissionDenied, expectPolicyViolation, usePolicyDatabase } from './harness.js';

const RECORD = "INSERT INTO whatsapp_processed_messages (wamid) VALUES ('wamid.HBgM') ON CONFLICT DO NOTHING";

describe.each(ENGINES)('whatsapp_processed_messages policies on %s', (engine) => {
  const t = usePolicyDatabase(engine);

  describe('Whatsapp service can record processed messages', () => {
    it('records a message id once: a redelivery inserts 0 rows', async () => {
      const counts = await asRolledBack(t.db, WHATSAPP, async (tx) => [
        (await tx.query(RECORD)).rowCount,
        (await tx.query(RECORD)).rowCount,
        (await tx.query('SELECT wamid FROM whatsapp_processed_messages')).rows,
      ]);
      expect(counts).toEqual([1, 0, [{ wamid: 'wamid.HBgM' }]]);
    });
    it('refuses a duplicate id outright without ON CONFLICT (unique violation)', async () => {
      const duplicate = asRolledBack(t.db, WHATSAPP, async (tx) => {
        await tx.query("INSERT INTO whatsapp_processed_messages (wamid) VALUES ('wamid.X')");
        await tx.query("INSERT INTO whatsapp_processed_messages (wamid) VALUES ('wamid.X')");
      });
      await expect(duplicate).rejects.toMatchObject({ code: '23505' });
    });
    it('refuses the bot forgetting a message id (permission denied)', async () => {
      await expectPermissionDenied(
        t.affected(WHATSAPP, 'DELETE FROM whatsapp_processed_messages'),
        'whatsapp_processed_messages',
      );
    });
    it.each([
      ['anon', ANON],
      ['service', SERVICE],
    ])('refuses %s (permission denied)', async (_name, claims) => {
      await expectPermissionDenied(t.affected(claims, RECORD), 'whatsapp_processed_messages');
    });
    it('refuses a signed-in person (permission denied)', async () => {
      await expectPermissionDenied(t.affected(t.fx.patientA.claims, RECORD), 'whatsapp_processed_messages');
    });
    it('refuses an admin recording a message id (WITH CHECK)', async () => {
      await expectPolicyViolation(t.affected(ADMIN, RECORD), 'whatsapp_processed_messages');
    });
  });
});
