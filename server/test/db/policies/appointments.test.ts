import { describe, expect, it } from 'vitest';
import type { Claims } from '../../../src/platform/db/types.js';
import { asRolledBack, ENGINES } from '@psybook/testkit/engines';
import { ADMIN, ANON, SERVICE, WHATSAPP } from './fixtures.js';
import { expectPermissionDenied, expectPolicyViolation, usePolicyDatabase } from './harness.js';

// A free time for both psychologists, so inserts meet only the policies, not the overlap rule.
const INSERT = `INSERT INTO appointments (user_id, psychologist_id, appointment_date, start_time, end_time, entry_method)
  VALUES ($1, $2, '2031-03-04', '12:00', '13:00', 'web_form') RETURNING id`;

describe.each(ENGINES)('appointments policies on %s', (engine) => {
  const t = usePolicyDatabase(engine);
  const visible = async (claims: Claims) =>
    (
      await t.rows<{ id: number }>(claims, 'SELECT id FROM appointments WHERE id = ANY($1) ORDER BY id', [
        [t.fx.appointments.ofA, t.fx.appointments.ofB],
      ])
    ).map((row) => row.id);

  describe('Users can see their own appointments', () => {
    it('shows a patient their own appointment and not the other patient’s', async () => {
      expect(await visible(t.fx.patientA.claims)).toEqual([t.fx.appointments.ofA]);
      expect(await visible(t.fx.patientB.claims)).toEqual([t.fx.appointments.ofB]);
    });
    it('shows a signed-in person with no patient row nothing (0 rows)', async () => {
      expect(await visible(t.fx.newcomer.claims)).toEqual([]);
    });
    it('refuses anonymous visitors the table (permission denied)', async () => {
      await expectPermissionDenied(t.rows(ANON, 'SELECT id FROM appointments'), 'appointments');
    });
  });

  describe('Psychologists can see their appointments', () => {
    it("shows a psychologist their own appointments and not another psychologist's", async () => {
      expect(await visible(t.fx.psychA.claims)).toEqual([t.fx.appointments.ofA]);
      expect(await visible(t.fx.psychB.claims)).toEqual([t.fx.appointments.ofB]);
    });
  });

  describe('Users can create their own appointments', () => {
    it('lets a patient book for themselves', async () => {
      expect(await t.rows(t.fx.patientA.claims, INSERT, [t.fx.patientA.userId, t.fx.psychB.id])).toHaveLength(1);
    });
    it('refuses a patient booking in another patient’s name (WITH CHECK)', async () => {
      await expectPolicyViolation(
        t.rows(t.fx.patientA.claims, INSERT, [t.fx.patientB.userId, t.fx.psychA.id]),
        'appointments',
      );
    });
    it('refuses a psychologist booking for a patient (WITH CHECK)', async () => {
      await expectPolicyViolation(
        t.rows(t.fx.psychA.claims, INSERT, [t.fx.patientA.userId, t.fx.psychA.id]),
        'appointments',
      );
    });
    it('refuses anonymous visitors (permission denied)', async () => {
      await expectPermissionDenied(t.rows(ANON, INSERT, [t.fx.patientA.userId, t.fx.psychA.id]), 'appointments');
    });
  });

  describe('Users can update their own appointments', () => {
    const note = "UPDATE appointments SET notes = 'running late' WHERE id = $1";
    it('lets a patient change the status and notes of their own appointment', async () => {
      const sql = "UPDATE appointments SET status = 'cancelled', notes = 'sick' WHERE id = $1";
      expect(await t.affected(t.fx.patientA.claims, sql, [t.fx.appointments.ofA])).toBe(1);
    });
    it("updates 0 rows of another patient's appointment", async () => {
      expect(await t.affected(t.fx.patientA.claims, note, [t.fx.appointments.ofB])).toBe(0);
    });
    it.each(['confirmed', 'completed'])(
      'refuses a patient marking their own appointment %s (23514)',
      async (status) => {
        const sql = `UPDATE appointments SET status = '${status}' WHERE id = $1`;
        await expect(t.affected(t.fx.patientA.claims, sql, [t.fx.appointments.ofA])).rejects.toMatchObject({
          code: '23514',
          message: 'a patient can only cancel an appointment',
        });
      },
    );
    it.each([
      ["start_time = '15:00', end_time = '16:00'"],
      ["appointment_date = '2031-03-05'"],
      ['psychologist_id = psychologist_id'],
      ['user_id = user_id'],
    ])('refuses a patient setting %s on their own appointment (only status and notes are granted)', async (set) => {
      const sql = `UPDATE appointments SET ${set} WHERE id = $1`;
      await expectPermissionDenied(t.affected(t.fx.patientA.claims, sql, [t.fx.appointments.ofA]), 'appointments');
    });
  });

  describe('Psychologists can update their appointments', () => {
    it('lets a psychologist confirm their own appointment and add notes', async () => {
      const sql = "UPDATE appointments SET status = 'confirmed', notes = 'first visit' WHERE id = $1";
      expect(await t.affected(t.fx.psychA.claims, sql, [t.fx.appointments.ofA])).toBe(1);
    });
    it("updates 0 rows of another psychologist's appointment", async () => {
      const sql = "UPDATE appointments SET status = 'cancelled' WHERE id = $1";
      expect(await t.affected(t.fx.psychA.claims, sql, [t.fx.appointments.ofB])).toBe(0);
    });
    it('refuses a psychologist moving an appointment in time (only status and notes are granted)', async () => {
      const sql = "UPDATE appointments SET start_time = '11:00', end_time = '12:00' WHERE id = $1";
      await expectPermissionDenied(t.affected(t.fx.psychA.claims, sql, [t.fx.appointments.ofA]), 'appointments');
    });
  });

  describe('Users can cancel their own appointments', () => {
    const sql = 'DELETE FROM appointments WHERE id = $1';
    it('lets a patient delete their own appointment', async () => {
      expect(await t.affected(t.fx.patientA.claims, sql, [t.fx.appointments.ofA])).toBe(1);
    });
    it("deletes 0 rows of another patient's appointment", async () => {
      expect(await t.affected(t.fx.patientA.claims, sql, [t.fx.appointments.ofB])).toBe(0);
    });
    it('deletes 0 rows for the psychologist of the appointment (no delete policy for them)', async () => {
      expect(await t.affected(t.fx.psychA.claims, sql, [t.fx.appointments.ofA])).toBe(0);
    });
    it.each([
      ['service', SERVICE],
      ['whatsapp_service', WHATSAPP],
    ])('refuses %s deleting (permission denied)', async (_name, claims) => {
      await expectPermissionDenied(t.affected(claims, sql, [t.fx.appointments.ofA]), 'appointments');
    });
  });

  describe('Admins can manage all appointments', () => {
    it('lets an admin see every appointment', async () => {
      expect(await visible(ADMIN)).toEqual([t.fx.appointments.ofA, t.fx.appointments.ofB]);
    });
    it('lets an admin book, move and delete any appointment', async () => {
      const outcome = await asRolledBack(t.db, ADMIN, async (tx) => {
        const booked = await tx.query(INSERT, [t.fx.patientB.userId, t.fx.psychA.id]);
        const moved = await tx.query("UPDATE appointments SET start_time = '14:00', end_time = '15:00' WHERE id = $1", [
          t.fx.appointments.ofB,
        ]);
        const deleted = await tx.query('DELETE FROM appointments WHERE id = $1', [t.fx.appointments.ofA]);
        return [booked.rowCount, moved.rowCount, deleted.rowCount];
      });
      expect(outcome).toEqual([1, 1, 1]);
    });
  });

  describe.each([
    ['Service can manage appointments for bookings', SERVICE],
    ['Whatsapp service can manage appointments', WHATSAPP],
  ])('%s', (_policy, claims) => {
    it('books for any patient and reads the booking back', async () => {
      expect(await t.rows(claims, INSERT, [t.fx.patientB.userId, t.fx.psychA.id])).toHaveLength(1);
    });
    it('sees every appointment (to re-check a slot) and reschedules one', async () => {
      expect(await visible(claims)).toEqual([t.fx.appointments.ofA, t.fx.appointments.ofB]);
      const sql = "UPDATE appointments SET start_time = '11:00', end_time = '12:00' WHERE id = $1";
      expect(await t.affected(claims, sql, [t.fx.appointments.ofA])).toBe(1);
    });
  });
});
