import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../src/platform/db/types.js';
import { asRolledBack, ENGINES, openTestDatabase } from '@psybook/testkit/engines';

const SERVICE = { role: 'service' } as const;
const BOOK = `INSERT INTO appointments (user_id, psychologist_id, appointment_date, start_time, end_time, status, entry_method)
  VALUES ($1, $2, $3, $4, $5, $6, 'web_form') RETURNING id`;

// Every pair overlaps: 10:30–10:50 lies in all of them.
const OVERLAPPING = [
  ['10:00', '10:50'],
  ['10:10', '11:00'],
  ['10:20', '11:10'],
  ['10:30', '11:20'],
] as const;

// Fifty transactions through a pool of twenty take a while on a loaded two-core machine.
const RACE_TIMEOUT_MS = 120_000;

/** How many transactions wait for each other before inserting, so the race is real on Postgres. */
const RACERS_AT_ONCE = 10;

describe.each(ENGINES)('no double booking on %s', (engine) => {
  let db: Database;
  let patient: number;
  let psychologist: number;
  let colleague: number;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    const id = async (sql: string) => (await db.owner.query<{ id: number }>(sql)).rows[0]!.id;
    patient = await id(
      "INSERT INTO users (first_name, last_name, phone) VALUES ('Ana', 'Gil', '+34600000301') RETURNING id",
    );
    const psych = (name: string) =>
      id(
        `INSERT INTO psychologists (first_name, last_name, email) VALUES ('${name}', 'Test', '${name}@x.test') RETURNING id`,
      );
    psychologist = await psych('eva');
    colleague = await psych('leo');
  });
  afterAll(async () => {
    await db.close();
  });

  const book = (tx: Queryable, date: string, start: string, end: string, status = 'scheduled', who = psychologist) =>
    tx.query<{ id: number }>(BOOK, [patient, who, date, start, end, status]);
  const bookCommitted = (date: string, start: string, end: string, who = psychologist) =>
    db.withClaims(SERVICE, async (tx) => (await book(tx, date, start, end, 'scheduled', who)).rows[0]!.id);
  const live = async (date: string) =>
    (
      await db.owner.query<{ start: string }>(
        `SELECT start_time::text AS start FROM appointments
         WHERE appointment_date = $1 AND status IN ('scheduled', 'confirmed') ORDER BY psychologist_id, start_time`,
        [date],
      )
    ).rows.map((row) => row.start);

  it(
    engine === 'postgres'
      ? 'lets exactly one of 50 concurrent overlapping bookings in; the other 49 fail with 23P01'
      : 'lets exactly one of 50 overlapping bookings in, one after another (PGlite is one session); 49 fail with 23P01',
    async () => {
      const date = '2032-01-12';
      const attempt = (i: number, beforeInsert: () => Promise<void>) =>
        db.withClaims(SERVICE, async (tx) => {
          await beforeInsert();
          const [start, end] = OVERLAPPING[i % OVERLAPPING.length]!;
          return (await book(tx, date, start, end)).rows[0]!.id;
        });
      let outcomes: PromiseSettledResult<number>[];
      if (engine === 'postgres') {
        let started = 0;
        let release!: () => void;
        const allStarted = new Promise<void>((resolve) => (release = resolve));
        outcomes = await Promise.allSettled(
          Array.from({ length: 50 }, (_, i) =>
            attempt(i, async () => {
              const arrival = ++started;
              if (arrival === RACERS_AT_ONCE) release();
              if (arrival <= RACERS_AT_ONCE) await allStarted;
            }),
          ),
        );
      } else {
        outcomes = [];
        for (let i = 0; i < 50; i++) [outcomes[i]] = await Promise.allSettled([attempt(i, async () => {})]);
      }
      const booked = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(booked).toHaveLength(1);
      expect(refused).toHaveLength(49);
      for (const outcome of refused) {
        expect(outcome.reason).toMatchObject({ code: '23P01', constraint: 'appointments_no_overlap' });
      }
      expect(await live(date)).toHaveLength(1);
    },
    RACE_TIMEOUT_MS,
  );

  it('accepts back-to-back appointments (10:00–11:00 and 11:00–12:00) and refuses one across both', async () => {
    const date = '2032-01-13';
    await bookCommitted(date, '11:00', '12:00');
    await bookCommitted(date, '10:00', '11:00');
    expect(await live(date)).toEqual(['10:00:00', '11:00:00']);
    await expect(bookCommitted(date, '10:30', '11:30')).rejects.toMatchObject({ code: '23P01' });
  });

  it('lets another psychologist take the same time', async () => {
    const date = '2032-01-14';
    await bookCommitted(date, '10:00', '11:00');
    await bookCommitted(date, '10:00', '11:00', colleague);
    expect(await live(date)).toEqual(['10:00:00', '10:00:00']);
  });

  it('frees the time of a cancelled appointment', async () => {
    const date = '2032-01-15';
    const first = await bookCommitted(date, '10:00', '11:00');
    await expect(bookCommitted(date, '10:00', '11:00')).rejects.toMatchObject({ code: '23P01' });
    await db.withClaims(SERVICE, (tx) =>
      tx.query("UPDATE appointments SET status = 'cancelled' WHERE id = $1", [first]),
    );
    await bookCommitted(date, '10:00', '11:00');
    expect(await live(date)).toEqual(['10:00:00']);
  });

  describe('status transitions', () => {
    const transition = (from: string, to: string) =>
      asRolledBack(db, SERVICE, async (tx) => {
        const id = (await book(tx, '2032-02-01', '10:00', '11:00', from)).rows[0]!.id;
        return (await tx.query('UPDATE appointments SET status = $1 WHERE id = $2', [to, id])).rowCount;
      });

    it.each([
      ['completed', 'scheduled'],
      ['completed', 'confirmed'],
      ['completed', 'cancelled'],
      ['cancelled', 'confirmed'],
      ['cancelled', 'scheduled'],
      ['confirmed', 'scheduled'],
    ])('refuses %s → %s', async (from, to) => {
      await expect(transition(from, to)).rejects.toMatchObject({
        code: '23514',
        constraint: 'appointments_status_transition',
        message: `appointment status cannot change from ${from} to ${to}`,
      });
    });

    it.each([
      ['scheduled', 'confirmed'],
      ['scheduled', 'cancelled'],
      ['scheduled', 'completed'],
      ['confirmed', 'cancelled'],
      ['confirmed', 'completed'],
      ['cancelled', 'cancelled'],
    ])('allows %s → %s', async (from, to) => {
      expect(await transition(from, to)).toBe(1);
    });
  });
});
