import type { Queryable } from '../../platform/db/types.js';

export interface PatientFields {
  firstName: string;
  lastName: string;
  /** E.164 */
  phone: string;
  email?: string | undefined;
}

/**
 * Finds the patient by phone or creates them, in one statement that is safe under concurrency.
 * An existing patient's record is never changed by an anonymous booking: whoever types a phone
 * number must not rename its owner or attach an email to them (that would route their
 * confirmations to a stranger). The booking is made under the existing record.
 */
export async function findOrCreatePatient(tx: Queryable, patient: PatientFields): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    `INSERT INTO users (first_name, last_name, phone, email) VALUES ($1, $2, $3, $4)
     ON CONFLICT (phone) DO UPDATE SET phone = users.phone -- a no-op update, so RETURNING gives the id
     RETURNING id`,
    [patient.firstName, patient.lastName, patient.phone, patient.email ?? null],
  );
  return rows[0]!.id;
}
