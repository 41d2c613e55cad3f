import type { AdminPsychologist, CreatePsychologist, UpdatePsychologist } from '@psybook/client-sdk/schema';
import type { Config } from '../platform/config.js';
import type { Queryable } from '../platform/db/types.js';
import { DomainError, InvalidInput, NotFound } from '../platform/errors.js';
import {
  deletePsychologistWithoutAppointments,
  insertPsychologist,
  updatePsychologist,
  type PsychologistFields,
} from '../booking/store/psychologists.js';
import { UNIQUE_VIOLATION, constraintOf, sqlState } from '../platform/db/rows.js';
import { normalisePhone } from '../booking/phone.js';

/** Phones are stored in E.164 like patients'; a blank or null phone clears it. */
function fieldsOf(body: UpdatePsychologist, config: Config): PsychologistFields {
  const { phone, ...rest } = body;
  if (phone === undefined) return rest;
  if (phone === null || phone.trim() === '') return { ...rest, phone: null };
  const e164 = normalisePhone(phone, config.DEFAULT_COUNTRY);
  if (!e164) throw new InvalidInput([{ field: 'body.phone', message: 'is not a valid phone number' }]);
  return { ...rest, phone: e164 };
}

/** A unique email or phone refused by the database becomes a conflict naming the field. */
async function mapUnique<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (sqlState(error) !== UNIQUE_VIOLATION) throw error;
    const field = constraintOf(error)?.includes('phone') ? 'phone' : 'email';
    throw new DomainError('conflict', `${field}_taken`, `Another psychologist has this ${field}`, {
      fields: [{ field: `body.${field}`, message: 'is already in use' }],
    });
  }
}

export function createPsychologist(
  tx: Queryable,
  body: CreatePsychologist,
  config: Config,
): Promise<AdminPsychologist> {
  return mapUnique(() =>
    insertPsychologist(tx, {
      ...fieldsOf(body, config),
      firstName: body.firstName,
      lastName: body.lastName,
      email: body.email,
    }),
  );
}

export async function changePsychologist(
  tx: Queryable,
  id: number,
  body: UpdatePsychologist,
  config: Config,
): Promise<AdminPsychologist> {
  const updated = await mapUnique(() => updatePsychologist(tx, id, fieldsOf(body, config)));
  if (!updated) throw new NotFound('Psychologist');
  return updated;
}

export async function removePsychologist(tx: Queryable, id: number): Promise<void> {
  const outcome = await deletePsychologistWithoutAppointments(tx, id);
  if (outcome === 'not_found') throw new NotFound('Psychologist');
  if (outcome === 'has_appointments') {
    throw new DomainError('conflict', 'psychologist_has_appointments', 'This psychologist has appointments', {
      detail: 'Deleting would erase patients’ appointment history; set isActive to false instead.',
    });
  }
}
