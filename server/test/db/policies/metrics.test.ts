import { describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { ADMIN, ANON, SERVICE, WHATSAPP } from './fixtures.js';
import { expectPermissionDenied, expectPolicyViolation, usePolicyDatabase } from './harness.js';

// No RETURNING: the writers of metrics may not read them back.
const INSERT = `INSERT INTO metrics (entry_method, event_type, session_id, time_taken)
  VALUES ($1, 'widget_view', 'visit-1', 0)`;

describe.each(ENGINES)('metrics policies on %s', (engine) => {
  const t = usePolicyDatabase(engine);

  describe('System services can insert metrics', () => {
    it.each(['web_form', 'click_to_chat'])('lets the service record a %s event', async (entryMethod) => {
      expect(await t.affected(SERVICE, INSERT, [entryMethod])).toBe(1);
    });
    it('refuses a signed-in person writing events (permission denied)', async () => {
      await expectPermissionDenied(t.affected(t.fx.patientA.claims, INSERT, ['web_form']), 'metrics');
    });
    it('refuses anonymous visitors writing straight to the table (permission denied)', async () => {
      await expectPermissionDenied(t.affected(ANON, INSERT, ['web_form']), 'metrics');
    });
    it('refuses an admin forging events (WITH CHECK)', async () => {
      await expectPolicyViolation(t.affected(ADMIN, INSERT, ['web_form']), 'metrics');
    });
  });

  describe('Admins can view all metrics', () => {
    it('shows an admin every event', async () => {
      const rows = await t.rows<{ id: number }>(ADMIN, 'SELECT id FROM metrics WHERE id = ANY($1) ORDER BY id', [
        [t.fx.metrics.web, t.fx.metrics.chat],
      ]);
      expect(rows.map((row) => row.id)).toEqual([t.fx.metrics.web, t.fx.metrics.chat]);
    });
    it.each([
      ['anon', ANON],
      ['service', SERVICE],
      ['whatsapp_service', WHATSAPP],
    ])('refuses %s reading events (permission denied)', async (_name, claims) => {
      await expectPermissionDenied(t.rows(claims, 'SELECT id FROM metrics'), 'metrics');
    });
    it('refuses a signed-in patient reading events, even about their own booking (permission denied)', async () => {
      await expectPermissionDenied(t.rows(t.fx.patientA.claims, 'SELECT id FROM metrics'), 'metrics');
    });
  });

  describe('No one can update metrics', () => {
    const sql = 'UPDATE metrics SET time_taken = 1 WHERE id = $1';
    it('updates 0 rows for an admin, who holds the UPDATE privilege', async () => {
      expect(await t.affected(ADMIN, sql, [t.fx.metrics.web])).toBe(0);
    });
    it.each([
      ['service', SERVICE],
      ['whatsapp_service', WHATSAPP],
      ['anon', ANON],
    ])('refuses %s (permission denied)', async (_name, claims) => {
      await expectPermissionDenied(t.affected(claims, sql, [t.fx.metrics.web]), 'metrics');
    });
    it('refuses a signed-in person (permission denied)', async () => {
      await expectPermissionDenied(t.affected(t.fx.psychA.claims, sql, [t.fx.metrics.web]), 'metrics');
    });
    it('updates 0 rows for the service even when the privilege is granted: the policy itself refuses', async () => {
      const grant = 'SELECT, UPDATE ON metrics TO service';
      expect(await t.affectedWithGrant(grant, SERVICE, sql, [t.fx.metrics.web])).toBe(0);
    });
  });

  describe('Only admins can delete metrics', () => {
    const sql = 'DELETE FROM metrics WHERE id = $1';
    it('lets an admin delete an event', async () => {
      expect(await t.affected(ADMIN, sql, [t.fx.metrics.chat])).toBe(1);
    });
    it.each([
      ['service', SERVICE],
      ['whatsapp_service', WHATSAPP],
    ])('refuses %s (permission denied)', async (_name, claims) => {
      await expectPermissionDenied(t.affected(claims, sql, [t.fx.metrics.chat]), 'metrics');
    });
    it('deletes 0 rows for the service even when the privilege is granted: the policy itself refuses', async () => {
      const grant = 'SELECT, DELETE ON metrics TO service';
      expect(await t.affectedWithGrant(grant, SERVICE, sql, [t.fx.metrics.chat])).toBe(0);
    });
  });

  describe('Whatsapp service can insert chat metrics', () => {
    it('lets the bot record a click_to_chat event', async () => {
      expect(await t.affected(WHATSAPP, INSERT, ['click_to_chat'])).toBe(1);
    });
    it('refuses the bot a web_form event (WITH CHECK)', async () => {
      await expectPolicyViolation(t.affected(WHATSAPP, INSERT, ['web_form']), 'metrics');
    });
  });
});
