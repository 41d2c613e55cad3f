import type { Database } from '../../../src/platform/db/types.js';

/** What the database holds about one WhatsApp sender, read as the owner (no RLS). */
export async function chatRecord(db: Database, waId: string) {
  const chats = await db.owner.query<{
    id: number;
    status: string;
    appointment_id: number | null;
    user_id: number | null;
    entry_method: string;
    current_step: string;
    context: Record<string, unknown>;
  }>(
    `SELECT cs.id, cs.status, cs.appointment_id, cs.user_id, cs.entry_method, ss.current_step, ss.context
       FROM chat_sessions cs JOIN session_states ss ON ss.chat_session_id = cs.id
      WHERE cs.whatsapp_id = $1 ORDER BY cs.id`,
    [waId],
  );
  return chats.rows;
}

export async function appointmentsOf(db: Database, phone: string) {
  const result = await db.owner.query<{
    id: number;
    psychologist: string;
    date: string;
    start_time: string;
    status: string;
    entry_method: string;
    first_name: string;
    last_name: string;
  }>(
    `SELECT a.id, p.first_name || ' ' || p.last_name AS psychologist, to_char(a.appointment_date, 'YYYY-MM-DD') AS date,
            to_char(a.start_time, 'HH24:MI') AS start_time, a.status, a.entry_method, u.first_name, u.last_name
       FROM appointments a JOIN users u ON u.id = a.user_id JOIN psychologists p ON p.id = a.psychologist_id
      WHERE u.phone = $1 ORDER BY a.id`,
    [phone],
  );
  return result.rows;
}

export async function metricsOf(db: Database, sessionIds: string[]) {
  const result = await db.owner.query<{
    event_type: string;
    entry_method: string;
    appointment_id: number | null;
    user_id: number | null;
    time_taken: number | null;
    session_id: string;
    step: string | null;
    error_code: string | null;
  }>(
    `SELECT event_type, entry_method, appointment_id, user_id, time_taken, session_id,
            additional_data->>'step' AS step, additional_data->>'errorCode' AS error_code
       FROM metrics WHERE session_id = ANY($1::text[]) ORDER BY id`,
    [sessionIds],
  );
  return result.rows;
}
