import { beforeAll, describe, expect, it } from 'vitest';
import type { Claims } from '../../../src/platform/db/types.js';
import { ENGINES } from '@psybook/testkit/engines';
import { ADMIN, ANON, SERVICE, WHATSAPP } from './fixtures.js';
import { usePolicyDatabase } from './harness.js';

// to_char and ::text: PGlite returns DATE as a JS Date and Postgres as a string.
const RANGES = `SELECT to_char(appointment_date, 'YYYY-MM-DD') AS date, start_time::text AS start, end_time::text AS end
  FROM busy_ranges($1, $2, $3)`;

describe.each(ENGINES)('busy_ranges() on %s', (engine) => {
  const t = usePolicyDatabase(engine);

  beforeAll(async () => {
    // Around psychologist A's fixture appointment (2031-03-03 10:00–11:00, scheduled):
    // a cancelled one at the same time, a completed one, and a confirmed one the next day.
    await t.db.owner.query(
      `INSERT INTO appointments (user_id, psychologist_id, appointment_date, start_time, end_time, status, entry_method)
       VALUES ($1, $2, '2031-03-03', '10:00', '11:00', 'cancelled', 'web_form'),
              ($1, $2, '2031-03-02', '09:00', '10:00', 'completed', 'web_form'),
              ($1, $2, '2031-03-04', '16:00', '17:00', 'confirmed', 'click_to_chat')`,
      [t.fx.patientA.userId, t.fx.psychA.id],
    );
  });

  const live = [
    { date: '2031-03-03', start: '10:00:00', end: '11:00:00' },
    { date: '2031-03-04', start: '16:00:00', end: '17:00:00' },
  ];

  it.each<[string, Claims]>([
    ['anon', ANON],
    ['service', SERVICE],
    ['whatsapp_service', WHATSAPP],
    ['admin', ADMIN],
  ])('gives %s the live (scheduled and confirmed) ranges of one psychologist, in order', async (_name, claims) => {
    expect(await t.rows(claims, RANGES, [t.fx.psychA.id, '2031-03-01', '2031-03-31'])).toEqual(live);
  });

  it('gives a signed-in patient the same ranges, including other patients’ times', async () => {
    expect(await t.rows(t.fx.patientB.claims, RANGES, [t.fx.psychA.id, '2031-03-01', '2031-03-31'])).toEqual(live);
  });

  it('returns times only: no ids, patients, notes or status', async () => {
    const rows = await t.rows(ANON, 'SELECT * FROM busy_ranges($1, $2, $3)', [
      t.fx.psychA.id,
      '2031-03-01',
      '2031-03-31',
    ]);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['appointment_date', 'end_time', 'start_time']);
  });

  it('keeps to the psychologist and the inclusive date range asked for', async () => {
    expect(await t.rows(ANON, RANGES, [t.fx.psychA.id, '2031-03-04', '2031-03-04'])).toEqual([live[1]]);
    expect(await t.rows(ANON, RANGES, [t.fx.psychB.id, '2031-03-01', '2031-03-31'])).toEqual([
      { date: '2031-03-03', start: '10:00:00', end: '11:00:00' },
    ]);
    expect(await t.rows(ANON, RANGES, [t.fx.psychA.id, '2031-04-01', '2031-04-30'])).toEqual([]);
  });
});
