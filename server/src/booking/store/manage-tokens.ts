import type { Queryable } from '../../platform/db/types.js';

export async function insertTokenHash(tx: Queryable, tokenHash: string, appointmentId: number): Promise<void> {
  await tx.query('INSERT INTO psybook_private.manage_tokens (token_hash, appointment_id) VALUES ($1, $2)', [
    tokenHash,
    appointmentId,
  ]);
}

/** The appointment a live (not revoked) token hash belongs to. */
export async function appointmentIdOfTokenHash(tx: Queryable, tokenHash: string): Promise<number | undefined> {
  const { rows } = await tx.query<{ appointment_id: number }>(
    'SELECT appointment_id FROM psybook_private.manage_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
    [tokenHash],
  );
  return rows[0]?.appointment_id;
}
