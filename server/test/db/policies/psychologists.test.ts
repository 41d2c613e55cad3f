import { describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { ADMIN, ANON, SERVICE, WHATSAPP } from './fixtures.js';
import { expectPermissionDenied, expectPolicyViolation, usePolicyDatabase } from './harness.js';

const INSERT =
  "INSERT INTO psychologists (first_name, last_name, email) VALUES ('Nuria', 'Nueva', 'nuria@clinic.example.test')";

describe.each(ENGINES)('psychologists policies on %s', (engine) => {
  const t = usePolicyDatabase(engine);
  const visibleIds = async (claims: Parameters<typeof t.rows>[0]) =>
    (
      await t.rows<{ id: number }>(claims, 'SELECT id FROM psychologists WHERE id = ANY($1) ORDER BY id', [
        [t.fx.psychA.id, t.fx.psychB.id, t.fx.inactivePsychId],
      ])
    ).map((row) => row.id);

  describe('Anyone can view active psychologists', () => {
    it.each([
      ['anon', ANON],
      ['service', SERVICE],
      ['whatsapp_service', WHATSAPP],
    ])('shows %s the active psychologists and hides the inactive one', async (_name, claims) => {
      expect(await visibleIds(claims)).toEqual([t.fx.psychA.id, t.fx.psychB.id]);
    });
    it('shows a signed-in patient the active psychologists and hides the inactive one', async () => {
      expect(await visibleIds(t.fx.patientA.claims)).toEqual([t.fx.psychA.id, t.fx.psychB.id]);
    });
  });

  describe('Psychologists can update their own profile', () => {
    it('lets a psychologist change their own bio', async () => {
      const sql = "UPDATE psychologists SET bio = 'CBT' WHERE id = $1";
      expect(await t.affected(t.fx.psychA.claims, sql, [t.fx.psychA.id])).toBe(1);
    });
    it("updates 0 rows of another psychologist's profile", async () => {
      const sql = "UPDATE psychologists SET bio = 'defaced' WHERE id = $1";
      expect(await t.affected(t.fx.psychA.claims, sql, [t.fx.psychB.id])).toBe(0);
    });
    it("updates 0 rows when a patient edits a psychologist's profile", async () => {
      const sql = "UPDATE psychologists SET bio = 'defaced' WHERE id = $1";
      expect(await t.affected(t.fx.patientA.claims, sql, [t.fx.psychA.id])).toBe(0);
    });
    it.each(['is_active = false', "email = 'x@example.test'", 'auth_id = NULL'])(
      'refuses a psychologist setting %s on their own profile (column not granted)',
      async (assignment) => {
        const sql = `UPDATE psychologists SET ${assignment} WHERE id = $1`;
        await expectPermissionDenied(t.affected(t.fx.psychA.claims, sql, [t.fx.psychA.id]), 'psychologists');
      },
    );
    it('refuses anonymous visitors (permission denied)', async () => {
      const sql = "UPDATE psychologists SET bio = 'x' WHERE id = $1";
      await expectPermissionDenied(t.affected(ANON, sql, [t.fx.psychA.id]), 'psychologists');
    });
  });

  describe('Only admins can create psychologist accounts', () => {
    it('lets an admin create a psychologist', async () => {
      expect(await t.affected(ADMIN, INSERT)).toBe(1);
    });
    it.each([
      ['anon', ANON],
      ['service', SERVICE],
      ['whatsapp_service', WHATSAPP],
    ])('refuses %s (permission denied)', async (_name, claims) => {
      await expectPermissionDenied(t.affected(claims, INSERT), 'psychologists');
    });
    it('refuses a signed-in psychologist (permission denied)', async () => {
      await expectPermissionDenied(t.affected(t.fx.psychA.claims, INSERT), 'psychologists');
    });
    it('refuses a signed-in person even when the privilege is granted: the policy itself refuses', async () => {
      await expectPolicyViolation(
        t.affectedWithGrant('INSERT ON psychologists TO authenticated', t.fx.psychA.claims, INSERT),
        'psychologists',
      );
    });
  });

  describe('Only admins can delete psychologist accounts', () => {
    const sql = 'DELETE FROM psychologists WHERE id = $1';
    it('lets an admin delete a psychologist', async () => {
      expect(await t.affected(ADMIN, sql, [t.fx.psychB.id])).toBe(1);
    });
    it('refuses a psychologist deleting their own account (permission denied)', async () => {
      await expectPermissionDenied(t.affected(t.fx.psychA.claims, sql, [t.fx.psychA.id]), 'psychologists');
    });
    it('deletes 0 rows for a psychologist even when the privilege is granted: the policy itself refuses', async () => {
      const grant = 'DELETE ON psychologists TO authenticated';
      expect(await t.affectedWithGrant(grant, t.fx.psychA.claims, sql, [t.fx.psychA.id])).toBe(0);
    });
    it('refuses the service role (permission denied)', async () => {
      await expectPermissionDenied(t.affected(SERVICE, sql, [t.fx.psychA.id]), 'psychologists');
    });
  });

  describe('Admins can view all psychologists', () => {
    it('shows an admin the inactive psychologist too', async () => {
      expect(await visibleIds(ADMIN)).toEqual([t.fx.psychA.id, t.fx.psychB.id, t.fx.inactivePsychId]);
    });
  });

  describe('Admins can update psychologists', () => {
    it('lets an admin deactivate and reactivate a psychologist', async () => {
      const sql = 'UPDATE psychologists SET is_active = NOT is_active WHERE id = ANY($1)';
      expect(await t.affected(ADMIN, sql, [[t.fx.psychA.id, t.fx.inactivePsychId]])).toBe(2);
    });
  });
});
