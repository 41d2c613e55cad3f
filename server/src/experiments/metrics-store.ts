import type { MetricEvent } from '@psybook/client-sdk/schema';

/** One funnel event as stored: what a browser sends, plus the patient when the server knows them. */
export type MetricRow = MetricEvent & { userId?: number | undefined };
import type { Queryable } from '../platform/db/types.js';

/**
 * The one writer of the `metrics` table, for the ingest endpoint and the bot alike.
 * Inserts a batch in ONE statement, so a batch is stored whole or not at all (a foreign key
 * or policy failure on any row fails them all). Rows travel as one JSON parameter, which both
 * engines bind the same way. `event_timestamp` is the server's receive time in UTC: clients'
 * clocks are not trusted, and the report converts the clinic's dates to UTC bounds.
 * No RETURNING: the `service` role may insert metrics but not read them.
 */
export async function insertMetricEvents(
  tx: Queryable,
  events: readonly MetricRow[],
  receivedAt: Date,
): Promise<number> {
  const rows = events.map((event) => ({
    user_id: event.userId ?? null,
    session_id: event.sessionId,
    entry_method: event.entryMethod,
    event_type: event.eventType,
    time_taken: event.timeTaken ?? null,
    appointment_id: event.appointmentId ?? null,
    additional_data: event.data && Object.keys(event.data).length ? event.data : null,
  }));
  const result = await tx.query(
    `INSERT INTO metrics (user_id, session_id, entry_method, event_type, time_taken, appointment_id, additional_data, event_timestamp)
     SELECT e.user_id, e.session_id, e.entry_method, e.event_type, e.time_taken, e.appointment_id, e.additional_data,
            $2::timestamptz AT TIME ZONE 'UTC'
     FROM jsonb_to_recordset($1::jsonb) AS e(
       user_id integer, session_id text, entry_method text, event_type text, time_taken integer, appointment_id integer, additional_data jsonb)`,
    [JSON.stringify(rows), receivedAt.toISOString()],
  );
  return result.rowCount;
}
