import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/platform/db/types.js';
import { ENGINES, openTestDatabase } from '@psybook/testkit/engines';

const SEED_TABLES = [
  'appointments',
  'availability',
  'chat_sessions',
  'metrics',
  'psychologists',
  'session_states',
  'users',
];
const SEED_INDEXES = [
  'idx_appointments_date',
  'idx_appointments_status',
  'idx_appointments_user',
  'idx_chat_sessions_whatsapp',
  'idx_metrics_entry_method',
  'idx_metrics_event_type',
];
const TRIGGERED = ['appointments', 'availability', 'psychologists', 'users'];

describe.each(ENGINES)('the seed schema on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await db.close();
  });

  it('has the seven seed tables, each with RLS enabled', async () => {
    const { rows } = await db.owner.query<{ relname: string; relrowsecurity: boolean }>(
      `SELECT relname, relrowsecurity FROM pg_class WHERE relnamespace = 'public'::regnamespace
       AND relkind = 'r' AND relname = ANY($1) ORDER BY relname`,
      [SEED_TABLES],
    );
    expect(rows).toEqual(SEED_TABLES.map((relname) => ({ relname, relrowsecurity: true })));
  });

  it('has the six seed indexes and the four updated_at triggers', async () => {
    const indexes = await db.owner.query<{ indexname: string }>(
      'SELECT indexname FROM pg_indexes WHERE indexname = ANY($1) ORDER BY indexname',
      [SEED_INDEXES],
    );
    expect(indexes.rows.map((row) => row.indexname)).toEqual(SEED_INDEXES);
    const triggers = await db.owner.query<{ table: string }>(
      `SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE t.tgname LIKE 'update_%_updated_at' ORDER BY 1`,
    );
    expect(triggers.rows.map((row) => row.table)).toEqual(TRIGGERED);
  });

  it.each(TRIGGERED)('moves updated_at forward when a %s row changes', async (table) => {
    await db.owner.exec(`
      INSERT INTO users (id, first_name, last_name, phone) VALUES (9001, 'Ana', 'Gil', '+34600999001') ON CONFLICT DO NOTHING;
      INSERT INTO psychologists (id, first_name, last_name, email) VALUES (9001, 'Eva', 'Sanz', 'eva9001@example.test') ON CONFLICT DO NOTHING;
      INSERT INTO availability (id, psychologist_id, day_of_week, start_time, end_time) VALUES (9001, 9001, 1, '09:00', '12:00') ON CONFLICT DO NOTHING;
      INSERT INTO appointments (id, user_id, psychologist_id, appointment_date, start_time, end_time, entry_method)
        VALUES (9001, 9001, 9001, '2031-03-03', '09:00', '10:00', 'web_form') ON CONFLICT DO NOTHING;
    `);
    // now() is the transaction's start, so back-date the row instead of sleeping.
    await db.owner.query(`ALTER TABLE ${table} DISABLE TRIGGER update_${table}_updated_at`);
    await db.owner.query(`UPDATE ${table} SET updated_at = '2000-01-01' WHERE id = 9001`);
    await db.owner.query(`ALTER TABLE ${table} ENABLE TRIGGER update_${table}_updated_at`);
    const column = table === 'availability' ? 'is_active' : table === 'appointments' ? 'notes' : 'updated_at';
    const value = column === 'is_active' ? 'false' : column === 'notes' ? "'x'" : 'updated_at';
    await db.owner.query(`UPDATE ${table} SET ${column} = ${value} WHERE id = 9001`);
    const { rows } = await db.owner.query<{ fresh: boolean }>(
      `SELECT updated_at > now() - interval '1 minute' AS fresh FROM ${table} WHERE id = 9001`,
    );
    expect(rows[0]?.fresh).toBe(true);
  });
});
