import { describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { ADMIN, ANON, SERVICE, WHATSAPP } from './fixtures.js';
import { expectPermissionDenied, expectPolicyViolation, usePolicyDatabase } from './harness.js';

const SELECT = 'SELECT id FROM session_states WHERE id = ANY($1) ORDER BY id';
const UPDATE = "UPDATE session_states SET current_step = 'day', context = '{\"page\": 2}' WHERE id = $1";

describe.each(ENGINES)('session_states policies on %s', (engine) => {
  const t = usePolicyDatabase(engine);
  const both = () => [[t.fx.sessionStates.ofA, t.fx.sessionStates.ofB]];

  describe('Whatsapp service can manage session states', () => {
    it('lets the bot read every conversation state', async () => {
      const rows = await t.rows<{ id: number }>(WHATSAPP, SELECT, both());
      expect(rows.map((row) => row.id)).toEqual([t.fx.sessionStates.ofA, t.fx.sessionStates.ofB]);
    });
    it('lets the bot create a state for a new chat', async () => {
      const sql = `WITH chat AS (
          INSERT INTO chat_sessions (whatsapp_id, entry_method) VALUES ('5491100000001', 'click_to_chat') RETURNING id
        ) INSERT INTO session_states (chat_session_id, current_step) SELECT id, 'welcome' FROM chat`;
      expect(await t.affected(WHATSAPP, sql)).toBe(1);
    });
    it('lets the bot advance a conversation', async () => {
      expect(await t.affected(WHATSAPP, UPDATE, [t.fx.sessionStates.ofA])).toBe(1);
    });
    it('lets the bot delete a state', async () => {
      const sql = 'DELETE FROM session_states WHERE id = $1';
      expect(await t.affected(WHATSAPP, sql, [t.fx.sessionStates.ofA])).toBe(1);
    });
  });

  describe('Admins can view all session states', () => {
    it('shows an admin every conversation state', async () => {
      const rows = await t.rows<{ id: number }>(ADMIN, SELECT, both());
      expect(rows.map((row) => row.id)).toEqual([t.fx.sessionStates.ofA, t.fx.sessionStates.ofB]);
    });
    it('updates 0 rows for an admin, who may only look', async () => {
      expect(await t.affected(ADMIN, UPDATE, [t.fx.sessionStates.ofA])).toBe(0);
    });
    it('deletes 0 rows for an admin', async () => {
      expect(await t.affected(ADMIN, 'DELETE FROM session_states WHERE id = $1', [t.fx.sessionStates.ofA])).toBe(0);
    });
    it('refuses an admin creating a state (WITH CHECK)', async () => {
      const sql = "INSERT INTO session_states (chat_session_id, current_step) VALUES ($1, 'welcome')";
      await expectPolicyViolation(t.affected(ADMIN, sql, [t.fx.chatSessions.ofA]), 'session_states');
    });
    it.each([
      ['anon', ANON],
      ['service', SERVICE],
    ])('refuses %s any access (permission denied)', async (_name, claims) => {
      await expectPermissionDenied(t.rows(claims, SELECT, both()), 'session_states');
      await expectPermissionDenied(t.affected(claims, UPDATE, [t.fx.sessionStates.ofA]), 'session_states');
    });
    it('refuses the patient of the chat any access (permission denied)', async () => {
      await expectPermissionDenied(t.rows(t.fx.patientA.claims, SELECT, both()), 'session_states');
      await expectPermissionDenied(
        t.affected(t.fx.patientA.claims, UPDATE, [t.fx.sessionStates.ofA]),
        'session_states',
      );
    });
    it('refuses a psychologist any access (permission denied)', async () => {
      await expectPermissionDenied(t.rows(t.fx.psychA.claims, SELECT, both()), 'session_states');
    });
  });
});
