import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/platform/db/types.js';
import { ENGINES, openTestDatabase } from '@psybook/testkit/engines';

/** The seed's 30 policies, by table, with the seed's names (shared/seed/000_41f25a0b5202738b.txt). */
const SEED_POLICIES: Record<string, string[]> = {
  users: [
    'Users can see their own data',
    'Users can update their own data',
    'Users can insert their own data',
    'Users cannot delete their accounts',
    'Admins can manage all user data',
  ],
  psychologists: [
    'Anyone can view active psychologists',
    'Psychologists can update their own profile',
    'Only admins can create psychologist accounts',
    'Only admins can delete psychologist accounts',
  ],
  availability: [
    'Anyone can see availability',
    'Psychologists can manage their own availability',
    'Psychologists can update their own availability',
    'Psychologists can delete their own availability',
    'Admins can manage all availability',
  ],
  appointments: [
    'Users can see their own appointments',
    'Psychologists can see their appointments',
    'Users can create their own appointments',
    'Users can update their own appointments',
    'Psychologists can update their appointments',
    'Users can cancel their own appointments',
    'Admins can manage all appointments',
  ],
  metrics: [
    'System services can insert metrics',
    'Admins can view all metrics',
    'No one can update metrics',
    'Only admins can delete metrics',
  ],
  chat_sessions: [
    'Users can see their own chat sessions',
    'Whatsapp service can manage chat sessions',
    'Admins can manage all chat sessions',
  ],
  session_states: ['Whatsapp service can manage session states', 'Admins can view all session states'],
};

/** The foundation's additions in db/policies.sql that the matrix proves too. */
const FOUNDATION_ADDITIONS: Record<string, string[]> = {
  psychologists: ['Admins can view all psychologists', 'Admins can update psychologists'],
  users: ['Service can manage patients for bookings', 'Whatsapp service can manage patients'],
  appointments: ['Service can manage appointments for bookings', 'Whatsapp service can manage appointments'],
  metrics: ['Whatsapp service can insert chat metrics'],
  whatsapp_processed_messages: ['Whatsapp service can record processed messages'],
  session_notes: ['Psychologists can manage notes of their sessions', 'Admins can manage all session notes'],
};

const testFileOf = (table: string) =>
  readFileSync(new URL(`./${table.replaceAll('_', '-')}.test.ts`, import.meta.url), 'utf8');

describe('the policy matrix', () => {
  it('holds the seed’s 30 policies', () => {
    expect(Object.values(SEED_POLICIES).flat()).toHaveLength(30);
  });

  it.each(Object.entries({ ...SEED_POLICIES }).concat(Object.entries(FOUNDATION_ADDITIONS)))(
    'names a group of %s tests after each of its policies',
    (table, names) => {
      const source = testFileOf(table);
      for (const name of names) expect(source, `${table}: "${name}"`).toContain(`'${name}'`);
    },
  );
});

describe.each(ENGINES)('policies in the database on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await db.close();
  });

  it('has every seed policy on its table under the seed’s name, and the foundation’s additions', async () => {
    const { rows } = await db.owner.query<{ tablename: string; policyname: string }>(
      "SELECT tablename, policyname FROM pg_policies WHERE schemaname IN ('public', 'psybook_private')",
    );
    const present = new Set(rows.map((row) => `${row.tablename}: ${row.policyname}`));
    for (const [table, names] of [...Object.entries(SEED_POLICIES), ...Object.entries(FOUNDATION_ADDITIONS)]) {
      for (const name of names) expect(present, `${table}: ${name}`).toContain(`${table}: ${name}`);
    }
  });
});
