import { beforeAll, describe, expect, it } from 'vitest';
import type { Claims } from '../../../src/platform/db/types.js';
import { ENGINES } from '@psybook/testkit/engines';
import { ADMIN, ANON, SERVICE, WHATSAPP } from './fixtures.js';
import { expectPermissionDenied, expectPolicyViolation, usePolicyDatabase } from './harness.js';

/** Clinical notes (db/migrations/0003): the session's psychologist and admins, nobody else (hardening 6). */
describe.each(ENGINES)('session_notes policies on %s', (engine) => {
  const t = usePolicyDatabase(engine);
  beforeAll(async () => {
    await t.db.owner.query(`INSERT INTO session_notes (appointment_id, body) VALUES ($1, 'A: note'), ($2, 'B: note')`, [
      t.fx.appointments.ofA,
      t.fx.appointments.ofB,
    ]);
  });
  const visible = async (claims: Claims) =>
    (await t.rows<{ body: string }>(claims, 'SELECT body FROM session_notes ORDER BY body')).map((r) => r.body);
  const write = (claims: Claims, appointmentId: number) =>
    t.affected(
      claims,
      `INSERT INTO session_notes (appointment_id, body) VALUES ($1, 'new') ON CONFLICT (appointment_id) DO UPDATE SET body = 'changed'`,
      [appointmentId],
    );

  describe('Psychologists can manage notes of their sessions', () => {
    it("shows a psychologist their sessions' notes and not another psychologist's", async () => {
      expect(await visible(t.fx.psychA.claims)).toEqual(['A: note']);
    });
    it('lets a psychologist write and erase the notes of their own session', async () => {
      expect(await write(t.fx.psychA.claims, t.fx.appointments.ofA)).toBe(1);
      const sql = 'DELETE FROM session_notes WHERE appointment_id = $1';
      expect(await t.affected(t.fx.psychA.claims, sql, [t.fx.appointments.ofA])).toBe(1);
    });
    it("refuses a psychologist writing another psychologist's session notes", async () => {
      await expectPolicyViolation(write(t.fx.psychA.claims, t.fx.appointments.ofB), 'session_notes');
    });
    it('shows the patient of the session nothing, and lets them neither write nor erase', async () => {
      expect(await visible(t.fx.patientA.claims)).toEqual([]);
      await expectPolicyViolation(write(t.fx.patientA.claims, t.fx.appointments.ofA), 'session_notes');
      const sql = 'DELETE FROM session_notes WHERE appointment_id = $1';
      expect(await t.affected(t.fx.patientA.claims, sql, [t.fx.appointments.ofA])).toBe(0);
    });
  });

  describe('Admins can manage all session notes', () => {
    it('shows an admin every note and lets them write any', async () => {
      expect(await visible(ADMIN)).toEqual(['A: note', 'B: note']);
      expect(await write(ADMIN, t.fx.appointments.ofB)).toBe(1);
    });
  });

  it.each([
    ['anon', ANON],
    ['service', SERVICE],
    ['whatsapp_service', WHATSAPP],
  ])('refuses %s the table (permission denied)', async (_name, claims) => {
    await expectPermissionDenied(t.rows(claims, 'SELECT body FROM session_notes'), 'session_notes');
  });
});
