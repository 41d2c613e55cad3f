import type { AdminPsychologist, Psychologist } from '@psybook/client-sdk/schema';
import type { Queryable } from '../../platform/db/types.js';

interface PsychologistRow {
  id: number;
  first_name: string;
  last_name: string;
  bio: string | null;
  email: string;
  phone: string | null;
  is_active: boolean;
}

const toPublic = (row: Pick<PsychologistRow, 'id' | 'first_name' | 'last_name' | 'bio'>): Psychologist => ({
  id: row.id,
  firstName: row.first_name,
  lastName: row.last_name,
  bio: row.bio,
});

const toAdmin = (row: PsychologistRow): AdminPsychologist => ({
  ...toPublic(row),
  email: row.email,
  phone: row.phone,
  isActive: row.is_active,
});

const ADMIN_COLUMNS = 'id, first_name, last_name, bio, email, phone, is_active';

/** Active psychologists, without contact details: what anyone may see. */
export async function listActivePsychologists(tx: Queryable): Promise<Psychologist[]> {
  const { rows } = await tx.query<PsychologistRow>(
    'SELECT id, first_name, last_name, bio FROM psychologists WHERE is_active ORDER BY last_name, first_name, id',
  );
  return rows.map(toPublic);
}

/** Every psychologist the caller may see (admins: all, inactive ones too). */
export async function listAllPsychologists(tx: Queryable): Promise<AdminPsychologist[]> {
  const { rows } = await tx.query<PsychologistRow>(
    `SELECT ${ADMIN_COLUMNS} FROM psychologists ORDER BY last_name, first_name, id`,
  );
  return rows.map(toAdmin);
}

export async function findPsychologist(tx: Queryable, id: number): Promise<AdminPsychologist | undefined> {
  const { rows } = await tx.query<PsychologistRow>(`SELECT ${ADMIN_COLUMNS} FROM psychologists WHERE id = $1`, [id]);
  return rows[0] ? toAdmin(rows[0]) : undefined;
}

export interface PsychologistFields {
  firstName?: string | undefined;
  lastName?: string | undefined;
  email?: string | undefined;
  /** E.164, or null to clear. */
  phone?: string | null | undefined;
  bio?: string | null | undefined;
  isActive?: boolean | undefined;
}

export async function insertPsychologist(
  tx: Queryable,
  fields: PsychologistFields & { firstName: string; lastName: string; email: string },
): Promise<AdminPsychologist> {
  const { rows } = await tx.query<PsychologistRow>(
    `INSERT INTO psychologists (first_name, last_name, email, phone, bio, is_active)
     VALUES ($1, $2, $3, $4, $5, coalesce($6, true)) RETURNING ${ADMIN_COLUMNS}`,
    [
      fields.firstName,
      fields.lastName,
      fields.email,
      fields.phone ?? null,
      fields.bio ?? null,
      fields.isActive ?? null,
    ],
  );
  return toAdmin(rows[0]!);
}

/** Changes the given fields (`null` clears phone or bio); `undefined` when not visible. */
export async function updatePsychologist(
  tx: Queryable,
  id: number,
  fields: PsychologistFields,
): Promise<AdminPsychologist | undefined> {
  const { rows } = await tx.query<PsychologistRow>(
    `UPDATE psychologists SET
       first_name = coalesce($2, first_name),
       last_name = coalesce($3, last_name),
       email = coalesce($4, email),
       phone = CASE WHEN $5 THEN $6 ELSE phone END,
       bio = CASE WHEN $7 THEN $8 ELSE bio END,
       is_active = coalesce($9, is_active)
     WHERE id = $1 RETURNING ${ADMIN_COLUMNS}`,
    [
      id,
      fields.firstName ?? null,
      fields.lastName ?? null,
      fields.email ?? null,
      fields.phone !== undefined,
      fields.phone ?? null,
      fields.bio !== undefined,
      fields.bio ?? null,
      fields.isActive ?? null,
    ],
  );
  return rows[0] ? toAdmin(rows[0]) : undefined;
}

/**
 * Deletes a psychologist who has no appointments (the seed's foreign key would cascade and
 * erase patients' history; deactivate instead). One statement, so no check-then-delete race.
 */
export async function deletePsychologistWithoutAppointments(
  tx: Queryable,
  id: number,
): Promise<'deleted' | 'has_appointments' | 'not_found'> {
  const { rowCount } = await tx.query(
    'DELETE FROM psychologists p WHERE p.id = $1 AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.psychologist_id = p.id)',
    [id],
  );
  if (rowCount > 0) return 'deleted';
  return (await findPsychologist(tx, id)) ? 'has_appointments' : 'not_found';
}
