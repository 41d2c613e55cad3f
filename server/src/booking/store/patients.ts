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
 * An existing patient's name is kept (whoever types a phone number must not rename its owner);
 * a missing email is filled in.
 */
export async function findOrCreatePatient(tx: Queryable, patient: PatientFields): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    `INSERT INTO users (first_name, last_name, phone, email) VALUES ($1, $2, $3, $4)
     ON CONFLICT (phone) DO UPDATE SET email = coalesce(users.email, EXCLUDED.email)
     RETURNING id`,
    [patient.firstName, patient.lastName, patient.phone, patient.email ?? null],
  );
  return rows[0]!.id;
}
