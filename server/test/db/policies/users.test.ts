import { describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { ADMIN, ANON, SERVICE, WHATSAPP } from './fixtures.js';
import { expectPermissionDenied, expectPolicyViolation, usePolicyDatabase } from './harness.js';

describe.each(ENGINES)('users policies on %s', (engine) => {
  const t = usePolicyDatabase(engine);
  const ids = (rows: { id: number }[]) => rows.map((row) => row.id).sort((a, b) => a - b);

  describe('Users can see their own data', () => {
    it('lets a patient read their own row, and only that one', async () => {
      const rows = await t.rows<{ id: number }>(t.fx.patientA.claims, 'SELECT id FROM users');
      expect(ids(rows)).toEqual([t.fx.patientA.userId]);
    });
    it("hides another patient's row (0 rows)", async () => {
      const rows = await t.rows(t.fx.patientA.claims, 'SELECT * FROM users WHERE id = $1', [t.fx.patientB.userId]);
      expect(rows).toEqual([]);
    });
    it('hides from a psychologist a patient who has no appointment with them (0 rows)', async () => {
      const rows = await t.rows(t.fx.psychA.claims, 'SELECT id FROM users WHERE id = $1', [t.fx.patientB.userId]);
      expect(rows).toEqual([]);
    });
    it('refuses anonymous visitors the table (permission denied)', async () => {
      await expectPermissionDenied(t.rows(ANON, 'SELECT id FROM users'), 'users');
    });
  });

  describe('Users can update their own data', () => {
    it('lets a patient change their own name', async () => {
      const sql = "UPDATE users SET first_name = 'Anabel' WHERE id = $1";
      expect(await t.affected(t.fx.patientA.claims, sql, [t.fx.patientA.userId])).toBe(1);
    });
    it("updates 0 rows of another patient's", async () => {
      const sql = "UPDATE users SET first_name = 'Mallory' WHERE id = $1";
      expect(await t.affected(t.fx.patientA.claims, sql, [t.fx.patientB.userId])).toBe(0);
    });
    it('refuses a patient re-linking their row to another auth user (column not granted)', async () => {
      const sql = 'UPDATE users SET auth_id = $1 WHERE id = $2';
      await expectPermissionDenied(
        t.affected(t.fx.patientA.claims, sql, [t.fx.patientB.authId, t.fx.patientA.userId]),
        'users',
      );
    });
  });

  describe('Users can insert their own data', () => {
    const insert = 'INSERT INTO users (auth_id, first_name, last_name, phone) VALUES ($1, $2, $3, $4) RETURNING id';
    it('lets a signed-in person create the row linked to their own auth id', async () => {
      const rows = await t.rows(t.fx.newcomer.claims, insert, [t.fx.newcomer.authId, 'Nora', 'New', '+34600000199']);
      expect(rows).toHaveLength(1);
    });
    it("refuses a row linked to someone else's auth id (WITH CHECK)", async () => {
      const params = [t.fx.patientB.authId, 'Nora', 'New', '+34600000199'];
      await expectPolicyViolation(t.rows(t.fx.newcomer.claims, insert, params), 'users');
    });
    it('refuses a row linked to no auth user (WITH CHECK)', async () => {
      await expectPolicyViolation(t.rows(t.fx.newcomer.claims, insert, [null, 'Nora', 'New', '+34600000199']), 'users');
    });
    it('refuses anonymous visitors (permission denied)', async () => {
      await expectPermissionDenied(t.rows(ANON, insert, [null, 'Nora', 'New', '+34600000199']), 'users');
    });
  });

  describe('Users cannot delete their accounts', () => {
    const sql = 'DELETE FROM users WHERE id = $1';
    it('refuses a patient deleting their own row (permission denied)', async () => {
      await expectPermissionDenied(t.affected(t.fx.patientA.claims, sql, [t.fx.patientA.userId]), 'users');
    });
    it('deletes 0 rows even when the privilege is granted: the policy itself refuses', async () => {
      const deleted = await t.affectedWithGrant('DELETE ON users TO authenticated', t.fx.patientA.claims, sql, [
        t.fx.patientA.userId,
      ]);
      expect(deleted).toBe(0);
    });
    it.each([
      ['service', SERVICE],
      ['whatsapp_service', WHATSAPP],
    ])('refuses %s deleting a patient (permission denied)', async (_name, claims) => {
      await expectPermissionDenied(t.affected(claims, sql, [t.fx.patientA.userId]), 'users');
    });
  });

  describe('Admins can manage all user data', () => {
    it('lets an admin read every patient', async () => {
      const rows = await t.rows<{ id: number }>(ADMIN, 'SELECT id FROM users WHERE id = ANY($1)', [
        [t.fx.patientA.userId, t.fx.patientB.userId],
      ]);
      expect(ids(rows)).toEqual([t.fx.patientA.userId, t.fx.patientB.userId].sort((a, b) => a - b));
    });
    it("lets an admin update any patient's row", async () => {
      const sql = "UPDATE users SET email = 'bruno@example.test' WHERE id = $1";
      expect(await t.affected(ADMIN, sql, [t.fx.patientB.userId])).toBe(1);
    });
    it('lets an admin create a patient', async () => {
      const sql = "INSERT INTO users (first_name, last_name, phone) VALUES ('Walk', 'In', '+34600000198')";
      expect(await t.affected(ADMIN, sql)).toBe(1);
    });
    it('lets an admin delete a patient', async () => {
      expect(await t.affected(ADMIN, 'DELETE FROM users WHERE id = $1', [t.fx.patientB.userId])).toBe(1);
    });
  });

  describe.each([
    ['Service can manage patients for bookings', SERVICE],
    ['Whatsapp service can manage patients', WHATSAPP],
  ])('%s', (_policy, claims) => {
    it('finds a patient by phone', async () => {
      const rows = await t.rows<{ id: number }>(claims, 'SELECT id FROM users WHERE phone = $1', ['+34600000102']);
      expect(ids(rows)).toEqual([t.fx.patientB.userId]);
    });
    it('creates a patient without an account', async () => {
      const sql = "INSERT INTO users (first_name, last_name, phone) VALUES ('Walk', 'In', '+34600000198') RETURNING id";
      expect(await t.rows(claims, sql)).toHaveLength(1);
    });
    it("updates a returning patient's name", async () => {
      const sql = "UPDATE users SET first_name = 'Bru' WHERE id = $1";
      expect(await t.affected(claims, sql, [t.fx.patientB.userId])).toBe(1);
    });
  });
});
