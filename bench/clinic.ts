import type { OwnerConnection } from '../server/src/platform/db/types.js';

export const BENCH_PSYCHOLOGISTS = 5;
export const BENCH_APPOINTMENTS = 5_000;

/**
 * A realistic clinic: 5 psychologists working Monday–Saturday 08:00–20:00 in hourly slots, and
 * 5,000 appointments over the 90 days before and after today (a fifth of them cancelled).
 * Appointments sit on distinct hours per psychologist, so the exclusion constraint accepts them.
 */
export async function seedBenchClinic(owner: OwnerConnection, today: string): Promise<number[]> {
  const { rows } = await owner.query<{ id: number }>(
    `INSERT INTO psychologists (first_name, last_name, email, bio)
     SELECT 'Bench' || g, 'Psychologist', 'bench' || g || '@bench.test', 'Seeded for the benchmark'
     FROM generate_series(1, $1::int) AS g RETURNING id`,
    [BENCH_PSYCHOLOGISTS],
  );
  const ids = rows.map((row) => row.id);
  await owner.query(
    `INSERT INTO availability (psychologist_id, day_of_week, start_time, end_time)
     SELECT p, d, TIME '08:00', TIME '20:00' FROM unnest($1::int[]) AS p, generate_series(1, 6) AS d`,
    [ids],
  );
  await owner.query(
    `INSERT INTO users (first_name, last_name, phone)
     SELECT 'Patient', 'P' || g, '+3461' || lpad(g::text, 7, '0') FROM generate_series(1, 2000) AS g`,
  );
  // Every (psychologist, day, hour) Monday–Saturday in ±90 days, in a scrambled order; take 5,000.
  await owner.query(
    `INSERT INTO appointments (user_id, psychologist_id, appointment_date, start_time, end_time, status, entry_method)
     SELECT (SELECT min(id) FROM users) + (n % 2000),
            c.psychologist_id, c.day, c.hour, c.hour + interval '50 minutes',
            CASE WHEN n % 5 = 0 THEN 'cancelled' WHEN c.day < $2::date THEN 'completed' ELSE 'scheduled' END,
            CASE WHEN n % 2 = 0 THEN 'web_form' ELSE 'click_to_chat' END
     FROM (
       SELECT p AS psychologist_id, d::date AS day, make_time(h, 0, 0) AS hour,
              row_number() OVER (ORDER BY md5(p::text || d::text || h::text)) AS n
       FROM unnest($1::int[]) AS p,
            generate_series($2::date - 90, $2::date + 90, interval '1 day') AS d,
            generate_series(8, 19) AS h
       WHERE extract(dow FROM d) BETWEEN 1 AND 6
     ) c
     WHERE c.n <= $3`,
    [ids, today, BENCH_APPOINTMENTS],
  );
  await owner.exec('ANALYZE');
  return ids;
}
