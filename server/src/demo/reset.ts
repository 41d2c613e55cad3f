import type { OwnerConnection } from '../platform/db/types.js';
import { DEMO_SOURCE } from './experiment.js';

/** What one reset removed, by kind (no personal data). */
export interface DemoResetReport {
  psychologists: number;
  patients: number;
  metrics: number;
}

/**
 * Removes the demo clinic: its psychologists (db/demo.sql's `@demo.psybook.dev` addresses)
 * with their hours and appointments (cascading), the seeded experiment's visits, and the
 * demo patients left with no appointment. A real clinic's data is never matched: every
 * condition names a demo marker. One transaction, so a reset half done leaves nothing behind.
 */
export async function resetDemo(owner: OwnerConnection): Promise<DemoResetReport> {
  return owner.transaction(async (tx) => {
    const visits = await tx.query<{ session_id: string }>(
      `SELECT DISTINCT session_id FROM metrics WHERE additional_data ->> 'source' = $1`,
      [DEMO_SOURCE],
    );
    const metrics = await tx.query(`DELETE FROM metrics WHERE session_id = ANY($1::text[])`, [
      visits.rows.map((r) => r.session_id),
    ]);
    const psychologists = await tx.query(`DELETE FROM psychologists WHERE email LIKE '%@demo.psybook.dev'`);
    // The seeded patients' numbers (+34 611 0xxxxx, a range the demo owns); kept if still booked.
    const patients = await tx.query(
      `DELETE FROM users u WHERE u.phone LIKE '+346110%' AND u.auth_id IS NULL
         AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.user_id = u.id)`,
    );
    return { psychologists: psychologists.rowCount, patients: patients.rowCount, metrics: metrics.rowCount };
  });
}
