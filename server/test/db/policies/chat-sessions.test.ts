import { describe, expect, it } from 'vitest';
import type { Claims } from '../../../src/platform/db/types.js';
import { ENGINES } from '@psybook/testkit/engines';
import { ADMIN, ANON, SERVICE, WHATSAPP } from './fixtures.js';
import { expectPermissionDenied, usePolicyDatabase } from './harness.js';

const INSERT = `INSERT INTO chat_sessions (whatsapp_id, entry_method) VALUES ('5215500000001', 'click_to_chat')
  RETURNING id`;

describe.each(ENGINES)('chat_sessions policies on %s', (engine) => {
  const t = usePolicyDatabase(engine);
  const visible = async (claims: Claims) =>
    (
      await t.rows<{ id: number }>(claims, 'SELECT id FROM chat_sessions WHERE id = ANY($1) ORDER BY id', [
        [t.fx.chatSessions.ofA, t.fx.chatSessions.ofB],
      ])
    ).map((row) => row.id);

  describe('Users can see their own chat sessions', () => {
    it("shows a patient their own chat and not another patient's", async () => {
      expect(await visible(t.fx.patientA.claims)).toEqual([t.fx.chatSessions.ofA]);
    });
    it('shows a psychologist no chats (0 rows)', async () => {
      expect(await visible(t.fx.psychA.claims)).toEqual([]);
    });
    it('refuses a patient changing their chat (permission denied)', async () => {
      const sql = "UPDATE chat_sessions SET status = 'completed' WHERE id = $1";
      await expectPermissionDenied(t.affected(t.fx.patientA.claims, sql, [t.fx.chatSessions.ofA]), 'chat_sessions');
    });
    it.each([
      ['anon', ANON],
      ['service', SERVICE],
    ])('refuses %s the table (permission denied)', async (_name, claims) => {
      await expectPermissionDenied(t.rows(claims, 'SELECT id FROM chat_sessions'), 'chat_sessions');
    });
  });

  describe.each([
    ['Whatsapp service can manage chat sessions', WHATSAPP],
    ['Admins can manage all chat sessions', ADMIN],
  ])('%s', (_policy, claims) => {
    it('sees every chat', async () => {
      expect(await visible(claims)).toEqual([t.fx.chatSessions.ofA, t.fx.chatSessions.ofB]);
    });
    it('starts a chat and reads it back', async () => {
      expect(await t.rows(claims, INSERT)).toHaveLength(1);
    });
    it('ends a chat', async () => {
      const sql = "UPDATE chat_sessions SET status = 'abandoned', session_end = now() WHERE id = $1";
      expect(await t.affected(claims, sql, [t.fx.chatSessions.ofB])).toBe(1);
    });
    it('deletes a chat', async () => {
      expect(await t.affected(claims, 'DELETE FROM chat_sessions WHERE id = $1', [t.fx.chatSessions.ofB])).toBe(1);
    });
  });
});
