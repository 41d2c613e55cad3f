import { ENTRY_METHODS } from '@psybook/client-sdk/schema';
import type { OwnerConnection } from '../platform/db/types.js';
import { simulateSession } from './experiment-sessions.js';
import { seededRandom } from './random.js';

/** Marks the first metric of every demo visit, so the console can label the report as demo data. */
export const DEMO_SOURCE = 'demo';

const FIRST_NAMES = [
  'Ana',
  'Carlos',
  'Elena',
  'Javier',
  'Laura',
  'Miguel',
  'Sofía',
  'Pablo',
  'Irene',
  'Diego',
  'Nuria',
  'Tomás',
];
const LAST_NAMES = [
  'García',
  'López',
  'Martín',
  'Sánchez',
  'Romero',
  'Navarro',
  'Torres',
  'Molina',
  'Ortega',
  'Castro',
];
/** Past sessions at times inside every demo psychologist's weekday hours. */
const PAST_TIMES = ['10:00', '11:00', '12:00'];
const DAY_MS = 86_400_000;
const SEED = 20_260_101;

const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utcStamp = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
const plus50 = (time: string) => `${time.slice(0, 3)}50`;

interface DemoAppointment {
  id: number;
  user_id: number;
  psychologist_id: number;
  appointment_date: string;
  start_time: string;
  end_time: string;
  status: string;
  entry_method: string;
  created_at: string;
}

/**
 * Seeds `days` days of an A/B experiment ending now: visits to both arms with their funnel
 * events (the first of each tagged `source: demo`), demo patients, and an appointment for every booking. Past
 * appointments are completed or cancelled. Bookings dated today or later sit at 08:00, before
 * any demo psychologist's bookable hours, so they never change which slots are offered.
 */
export async function seedDemoExperiment(
  owner: OwnerConnection,
  options: { now?: Date; days?: number } = {},
): Promise<void> {
  const now = (options.now ?? new Date()).getTime();
  const days = options.days ?? 28;
  const today = utcDate(now);

  const psychologists = (
    await owner.query<{ id: number }>('SELECT id FROM psychologists WHERE is_active ORDER BY id')
  ).rows.map((r) => r.id);
  if (!psychologists.length) return;
  const patients = (
    await owner.query<{ id: number }>(
      `INSERT INTO users (first_name, last_name, phone)
       SELECT e.first_name, e.last_name, e.phone FROM jsonb_to_recordset($1::jsonb) AS e(first_name text, last_name text, phone text)
       ON CONFLICT (phone) DO UPDATE SET phone = EXCLUDED.phone
       RETURNING id`,
      [
        JSON.stringify(
          Array.from({ length: 30 }, (_, i) => ({
            first_name: FIRST_NAMES[i % FIRST_NAMES.length],
            last_name: LAST_NAMES[(i * 7) % LAST_NAMES.length],
            phone: `+346110${String(i).padStart(5, '0')}`,
          })),
        ),
      ],
    )
  ).rows.map((r) => r.id);

  const metrics: Record<string, unknown>[] = [];
  const appointments: Omit<DemoAppointment, 'id'>[] = [];
  const bookingRows: Record<string, unknown>[] = [];
  const liveSlots = new Set<string>();
  let serial = 0;
  for (let day = days - 1; day >= 0; day--) {
    const dayStart = Date.parse(`${utcDate(now - day * DAY_MS)}T00:00:00Z`);
    for (const [arm, entryMethod] of ENTRY_METHODS.entries()) {
      // A stream per (days ago, arm): the data set looks the same whichever day it is seeded.
      const next = seededRandom(SEED + day * 2 + arm);
      const visits = 30 + Math.floor(next() * 16);
      for (let v = 0; v < visits; v++) {
        const session = simulateSession(entryMethod, next);
        const start = dayStart + (7 + next() * 14) * 3_600_000;
        if (start + session.events.at(-1)!.offsetMs > now) continue;
        const sessionId = `demo-${entryMethod === 'web_form' ? 'wf' : 'cc'}-${++serial}`;
        for (const [index, event] of session.events.entries()) {
          const row = {
            session_id: sessionId,
            entry_method: entryMethod,
            event_type: event.eventType,
            event_timestamp: utcStamp(start + event.offsetMs),
            time_taken: event.offsetMs,
            appointment_index: null as number | null,
            // The first event of each visit carries the demo label; that is enough to find it.
            additional_data:
              index === 0
                ? { source: DEMO_SOURCE }
                : event.eventType === 'variant_assigned'
                  ? { variant: entryMethod }
                  : null,
          };
          if (index === session.bookedAt) {
            row.appointment_index = appointments.length;
            const createdAt = start + event.offsetMs;
            const date = utcDate(createdAt + (1 + Math.floor(next() * 9)) * DAY_MS);
            const psychologist = psychologists[Math.floor(next() * psychologists.length)]!;
            let status = next() < 0.85 ? 'completed' : 'cancelled';
            let time = PAST_TIMES[Math.floor(next() * PAST_TIMES.length)]!;
            if (date >= today) {
              const key = `${psychologist}/${date}`;
              status = liveSlots.has(key) ? 'cancelled' : next() < 0.5 ? 'confirmed' : 'scheduled';
              if (status !== 'cancelled') liveSlots.add(key);
              time = '08:00';
            }
            appointments.push({
              user_id: patients[Math.floor(next() * patients.length)]!,
              psychologist_id: psychologist,
              appointment_date: date,
              start_time: time,
              end_time: plus50(time),
              status,
              entry_method: entryMethod,
              created_at: new Date(createdAt).toISOString(),
            });
          }
          metrics.push(row);
        }
      }
    }
  }

  await owner.transaction(async (tx) => {
    // Ids first, so each booking event can point at its appointment without relying on the
    // order INSERT … RETURNING happens to give.
    const ids = (
      await tx.query<{ id: number }>(
        `SELECT nextval('appointments_id_seq')::int AS id FROM generate_series(1, $1::int)`,
        [appointments.length],
      )
    ).rows.map((r) => r.id);
    bookingRows.push(...appointments.map((a, i) => ({ ...a, id: ids[i] })));
    for (let i = 0; i < bookingRows.length; i += 2000) {
      await tx.query(
        `INSERT INTO appointments (id, user_id, psychologist_id, appointment_date, start_time, end_time, status, entry_method, created_at, updated_at)
         SELECT id, user_id, psychologist_id, appointment_date, start_time, end_time, status, entry_method, created_at, created_at
         FROM jsonb_to_recordset($1::jsonb) AS e(id int, user_id int, psychologist_id int, appointment_date date,
           start_time time, end_time time, status text, entry_method text, created_at timestamptz)`,
        [JSON.stringify(bookingRows.slice(i, i + 2000))],
      );
    }
    const rows = metrics.map(({ appointment_index, ...row }) => ({
      ...row,
      appointment_id: appointment_index === null ? null : ids[appointment_index as number],
    }));
    for (let i = 0; i < rows.length; i += 5000) {
      await tx.query(
        `INSERT INTO metrics (session_id, entry_method, event_type, event_timestamp, time_taken, appointment_id, additional_data)
         SELECT session_id, entry_method, event_type, event_timestamp, time_taken, appointment_id, additional_data
         FROM jsonb_to_recordset($1::jsonb) AS e(session_id text, entry_method text, event_type text,
           event_timestamp timestamp, time_taken int, appointment_id int, additional_data jsonb)`,
        [JSON.stringify(rows.slice(i, i + 5000))],
      );
    }
  });
}
