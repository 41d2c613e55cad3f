import { describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { ADMIN, ANON, SERVICE, WHATSAPP } from './fixtures.js';
import { expectPermissionDenied, expectPolicyViolation, usePolicyDatabase } from './harness.js';

const INSERT = `INSERT INTO availability (psychologist_id, day_of_week, start_time, end_time)
  VALUES ($1, 3, '15:00', '19:00')`;

describe.each(ENGINES)('availability policies on %s', (engine) => {
  const t = usePolicyDatabase(engine);

  describe('Anyone can see availability', () => {
    it.each([
      ['anon', ANON],
      ['service', SERVICE],
      ['whatsapp_service', WHATSAPP],
      ['admin', ADMIN],
    ])("shows %s every psychologist's windows", async (_name, claims) => {
      const rows = await t.rows<{ id: number }>(claims, 'SELECT id FROM availability WHERE id = ANY($1) ORDER BY id', [
        [t.fx.availability.ofA, t.fx.availability.ofB],
      ]);
      expect(rows.map((row) => row.id)).toEqual([t.fx.availability.ofA, t.fx.availability.ofB]);
    });
  });

  describe('Psychologists can manage their own availability', () => {
    it('lets a psychologist add a window of their own', async () => {
      expect(await t.affected(t.fx.psychA.claims, INSERT, [t.fx.psychA.id])).toBe(1);
    });
    it('refuses a window for another psychologist (WITH CHECK)', async () => {
      await expectPolicyViolation(t.affected(t.fx.psychA.claims, INSERT, [t.fx.psychB.id]), 'availability');
    });
    it('refuses a patient adding a window (WITH CHECK)', async () => {
      await expectPolicyViolation(t.affected(t.fx.patientA.claims, INSERT, [t.fx.psychA.id]), 'availability');
    });
    it.each([
      ['anon', ANON],
      ['service', SERVICE],
      ['whatsapp_service', WHATSAPP],
    ])('refuses %s (permission denied)', async (_name, claims) => {
      await expectPermissionDenied(t.affected(claims, INSERT, [t.fx.psychA.id]), 'availability');
    });
  });

  describe('Psychologists can update their own availability', () => {
    const shorten = "UPDATE availability SET end_time = '12:00' WHERE id = $1";
    it('lets a psychologist change their own window', async () => {
      expect(await t.affected(t.fx.psychA.claims, shorten, [t.fx.availability.ofA])).toBe(1);
    });
    it("updates 0 rows of another psychologist's window", async () => {
      expect(await t.affected(t.fx.psychA.claims, shorten, [t.fx.availability.ofB])).toBe(0);
    });
    it('updates 0 rows for a patient', async () => {
      expect(await t.affected(t.fx.patientA.claims, shorten, [t.fx.availability.ofA])).toBe(0);
    });
    it('refuses handing a window over to another psychologist (USING as WITH CHECK)', async () => {
      const sql = 'UPDATE availability SET psychologist_id = $1 WHERE id = $2';
      await expectPolicyViolation(
        t.affected(t.fx.psychA.claims, sql, [t.fx.psychB.id, t.fx.availability.ofA]),
        'availability',
      );
    });
  });

  describe('Psychologists can delete their own availability', () => {
    const sql = 'DELETE FROM availability WHERE id = $1';
    it('lets a psychologist remove their own window', async () => {
      expect(await t.affected(t.fx.psychA.claims, sql, [t.fx.availability.ofA])).toBe(1);
    });
    it("deletes 0 rows of another psychologist's window", async () => {
      expect(await t.affected(t.fx.psychA.claims, sql, [t.fx.availability.ofB])).toBe(0);
    });
    it('deletes 0 rows for a patient', async () => {
      expect(await t.affected(t.fx.patientA.claims, sql, [t.fx.availability.ofA])).toBe(0);
    });
    it('refuses the bot (permission denied)', async () => {
      await expectPermissionDenied(t.affected(WHATSAPP, sql, [t.fx.availability.ofA]), 'availability');
    });
  });

  describe('Admins can manage all availability', () => {
    it("lets an admin add a window to any psychologist's week", async () => {
      expect(await t.affected(ADMIN, INSERT, [t.fx.psychB.id])).toBe(1);
    });
    it("lets an admin change any psychologist's window", async () => {
      const sql = 'UPDATE availability SET is_active = false WHERE id = ANY($1)';
      expect(await t.affected(ADMIN, sql, [[t.fx.availability.ofA, t.fx.availability.ofB]])).toBe(2);
    });
    it("lets an admin delete any psychologist's window", async () => {
      expect(await t.affected(ADMIN, 'DELETE FROM availability WHERE id = $1', [t.fx.availability.ofB])).toBe(1);
    });
  });
});
