import type { OwnerConnection } from '../../src/platform/db/types.js';
import { seededRandom } from '../../src/demo/random.js';

/** One raw metric row as stored: timestamps are UTC wall-clock, ms precision. */
export interface RawMetric {
  session_id: string;
  entry_method: 'web_form' | 'click_to_chat';
  event_type: string;
  event_timestamp: string;
  time_taken: number | null;
  appointment_id: number | null;
}

const WEB_STEPS = ['psychologist_selected', 'date_selected', 'slot_selected', 'details_submitted'];

/** Creates a psychologist, a patient and `count` appointments per entry method; returns their ids. */
export async function insertAppointments(owner: OwnerConnection, count: number) {
  const psychologist = await owner.query<{ id: number }>(
    `INSERT INTO psychologists (first_name, last_name, email) VALUES ('Test', 'Doctor', $1) RETURNING id`,
    [`doc-${Date.now()}-${Math.random()}@example.com`],
  );
  const user = await owner.query<{ id: number }>(
    `INSERT INTO users (first_name, last_name, phone) VALUES ('Test', 'Patient', $1) RETURNING id`,
    [`+3460${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`],
  );
  const ids: Record<'web_form' | 'click_to_chat', number[]> = { web_form: [], click_to_chat: [] };
  for (const method of ['web_form', 'click_to_chat'] as const) {
    for (let i = 0; i < count; i++) {
      const day = ids.web_form.length + ids.click_to_chat.length;
      const { rows } = await owner.query<{ id: number }>(
        `INSERT INTO appointments (user_id, psychologist_id, appointment_date, start_time, end_time, entry_method)
         VALUES ($1, $2, DATE '2030-01-01' + $3::int, '10:00', '10:50', $4) RETURNING id`,
        [user.rows[0]!.id, psychologist.rows[0]!.id, day, method],
      );
      ids[method].push(rows[0]!.id);
    }
  }
  return ids;
}

const stamp = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/**
 * Sessions of both arms spread over `days` days from `start` (UTC), walking each arm's funnel
 * with drop-offs. Some sessions convert only through an appointment id (no completion
 * event), some carry no time_taken, one carries an appointment of the other arm (which must
 * not count), and some start just before or after clinic-local midnight.
 */
export function generateMetrics(
  start: Date,
  days: number,
  perArmPerDay: number,
  appointments: Record<'web_form' | 'click_to_chat', number[]>,
  seed = 7,
): RawMetric[] {
  const next = seededRandom(seed);
  const rows: RawMetric[] = [];
  let serial = 0;
  const free = { web_form: [...appointments.web_form], click_to_chat: [...appointments.click_to_chat] };
  for (let day = 0; day < days; day++) {
    for (const method of ['web_form', 'click_to_chat'] as const) {
      for (let i = 0; i < perArmPerDay; i++) {
        const session = `gen-${seed}-${method}-${++serial}`;
        // Around midnight UTC (1 am in Madrid in winter) for a few, to test day boundaries.
        const offset = i % 7 === 0 ? 22.5 * 3600_000 + next() * 3 * 3600_000 : 8 * 3600_000 + next() * 12 * 3600_000;
        const t0 = start.getTime() + day * 86_400_000 + offset;
        let elapsed = 0;
        const withTime = next() > 0.1;
        const emit = (eventType: string, appointmentId: number | null = null) => {
          rows.push({
            session_id: session,
            entry_method: method,
            event_type: eventType,
            event_timestamp: stamp(t0 + elapsed),
            time_taken: withTime ? elapsed : null,
            appointment_id: appointmentId,
          });
          elapsed += Math.floor(5_000 + next() * 60_000);
        };
        emit('widget_view');
        emit('variant_assigned');
        if (method === 'web_form') {
          let reached = 0;
          for (const step of WEB_STEPS) {
            if (next() < 0.22) break;
            emit(step);
            reached++;
          }
          if (reached === WEB_STEPS.length) {
            if (next() < 0.85) emit('booking_confirmed', free.web_form.pop() ?? null);
            else emit('booking_failed');
          }
        } else {
          if (next() < 0.3) continue;
          emit('chat_clicked');
          if (next() < 0.25) continue;
          emit('chat_started');
          const steps = 1 + Math.floor(next() * 4);
          for (let s = 0; s < steps; s++) emit('chat_step');
          const fate = next();
          if (fate < 0.45) emit('chat_completed', free.click_to_chat.pop() ?? null);
          else if (fate < 0.6 && free.click_to_chat.length) emit('chat_step', free.click_to_chat.pop()!);
          else if (fate < 0.65 && free.web_form.length) emit('chat_step', free.web_form.pop()!);
          else emit('chat_abandoned');
        }
      }
    }
  }
  return rows;
}

/** Inserts raw rows as the owner, 5,000 to a statement. */
export async function insertMetrics(owner: OwnerConnection, rows: readonly RawMetric[]) {
  for (let i = 0; i < rows.length; i += 5000) {
    await owner.query(
      `INSERT INTO metrics (session_id, entry_method, event_type, event_timestamp, time_taken, appointment_id)
       SELECT session_id, entry_method, event_type, event_timestamp, time_taken, appointment_id
       FROM jsonb_to_recordset($1::jsonb) AS e(session_id text, entry_method text, event_type text,
         event_timestamp timestamp, time_taken int, appointment_id int)`,
      [JSON.stringify(rows.slice(i, i + 5000))],
    );
  }
}
