import type { AvailabilityWindow } from '@psybook/client-sdk/schema';
import type { Queryable } from '../../platform/db/types.js';
import { hhmm } from '../../platform/db/rows.js';

/** One weekly window as the slot rules use it, in minutes since local midnight. */
export interface WeeklyWindow {
  dayOfWeek: number;
  startMinutes: number;
  endMinutes: number;
}

interface WindowRow {
  id: number;
  psychologist_id: number;
  day_of_week: number;
  start_time: string;
  end_time: string;
  is_active: boolean;
}

const COLUMNS =
  'id, psychologist_id, day_of_week, start_time::text AS start_time, end_time::text AS end_time, is_active';

const toWindow = (row: WindowRow): AvailabilityWindow => ({
  id: row.id,
  psychologistId: row.psychologist_id,
  dayOfWeek: row.day_of_week,
  startTime: hhmm(row.start_time),
  endTime: hhmm(row.end_time),
  isActive: row.is_active,
});

/**
 * The active weekly windows of an active psychologist, or `undefined` when the psychologist
 * is unknown or inactive (to the caller: the policies decide what it may see). One query.
 */
export async function activeWindowsOf(tx: Queryable, psychologistId: number): Promise<WeeklyWindow[] | undefined> {
  const { rows } = await tx.query<{
    day_of_week: number | null;
    start_minutes: number | null;
    end_minutes: number | null;
  }>(
    `SELECT a.day_of_week,
            (extract(epoch FROM a.start_time) / 60)::int AS start_minutes,
            (extract(epoch FROM a.end_time) / 60)::int AS end_minutes
       FROM psychologists p
       LEFT JOIN availability a ON a.psychologist_id = p.id AND a.is_active
      WHERE p.id = $1 AND p.is_active`,
    [psychologistId],
  );
  if (rows.length === 0) return undefined;
  return rows
    .filter((row) => row.day_of_week !== null)
    .map((row) => ({ dayOfWeek: row.day_of_week!, startMinutes: row.start_minutes!, endMinutes: row.end_minutes! }));
}

export async function listWindows(tx: Queryable, psychologistId: number): Promise<AvailabilityWindow[]> {
  const { rows } = await tx.query<WindowRow>(
    `SELECT ${COLUMNS} FROM availability WHERE psychologist_id = $1 ORDER BY day_of_week, start_time, id`,
    [psychologistId],
  );
  return rows.map(toWindow);
}

export interface WindowFields {
  dayOfWeek?: number | undefined;
  startTime?: string | undefined;
  endTime?: string | undefined;
  isActive?: boolean | undefined;
}

export async function insertWindow(
  tx: Queryable,
  psychologistId: number,
  fields: Required<Pick<WindowFields, 'dayOfWeek' | 'startTime' | 'endTime'>> & WindowFields,
): Promise<AvailabilityWindow> {
  const { rows } = await tx.query<WindowRow>(
    `INSERT INTO availability (psychologist_id, day_of_week, start_time, end_time, is_active)
     VALUES ($1, $2, $3, $4, coalesce($5, true)) RETURNING ${COLUMNS}`,
    [psychologistId, fields.dayOfWeek, fields.startTime, fields.endTime, fields.isActive ?? null],
  );
  return toWindow(rows[0]!);
}

/** Changes the given fields; `undefined` when no such window is visible to the caller. */
export async function updateWindow(
  tx: Queryable,
  psychologistId: number,
  windowId: number,
  fields: WindowFields,
): Promise<AvailabilityWindow | undefined> {
  const { rows } = await tx.query<WindowRow>(
    `UPDATE availability SET
       day_of_week = coalesce($3, day_of_week),
       start_time = coalesce($4::time, start_time),
       end_time = coalesce($5::time, end_time),
       is_active = coalesce($6, is_active)
     WHERE id = $2 AND psychologist_id = $1
     RETURNING ${COLUMNS}`,
    [
      psychologistId,
      windowId,
      fields.dayOfWeek ?? null,
      fields.startTime ?? null,
      fields.endTime ?? null,
      fields.isActive ?? null,
    ],
  );
  return rows[0] ? toWindow(rows[0]) : undefined;
}

export async function deleteWindow(tx: Queryable, psychologistId: number, windowId: number): Promise<boolean> {
  const { rowCount } = await tx.query('DELETE FROM availability WHERE id = $2 AND psychologist_id = $1', [
    psychologistId,
    windowId,
  ]);
  return rowCount > 0;
}
