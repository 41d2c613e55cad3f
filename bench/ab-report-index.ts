// Measures the A/B report over a million generated metric rows with EXPLAIN ANALYZE, on PGlite
// and (with DATABASE_URL) Postgres, without and with the candidate indexes. Prints a JSON line per engine.
//   npx tsx --conditions=source bench/ab-report-index.ts
import { randomBytes } from 'node:crypto';
import { migrate } from '../server/src/platform/db/migrate.js';
import { createPgliteDatabase } from '../server/src/platform/db/pglite.js';
import type { Database } from '../server/src/platform/db/types.js';
import { EVENT_TYPES } from '@psybook/client-sdk/schema';
import { openScratchPostgres } from '@psybook/testkit/scratch-database';
import { AB_REPORT_SQL } from '../server/src/experiments/ab-query.js';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 1_000_000);
const RUNS = 5;
/** 180 days of data; the console asks for 28 days by default, a week is the other common ask. */
const RANGES = [
  { from: '2026-03-01', to: '2026-03-28', timezone: 'Europe/Madrid' },
  { from: '2026-03-01', to: '2026-03-07', timezone: 'Europe/Madrid' },
];
const ADMIN = { role: 'admin' as const, sub: '00000000-0000-4000-8000-000000000001' };

/** 8 events a session, arms alternating, sessions evenly spread over 180 days. */
const GENERATE = `
INSERT INTO metrics (session_id, entry_method, event_type, event_timestamp, time_taken)
SELECT 'bench-' || (g / 8),
       CASE WHEN (g / 8) % 2 = 0 THEN 'web_form' ELSE 'click_to_chat' END,
       CASE WHEN (g / 8) % 2 = 0
         THEN (ARRAY['widget_view','variant_assigned','psychologist_selected','date_selected','slot_selected',
                     'details_submitted','booking_confirmed','booking_failed'])[1 + g % 8]
         ELSE (ARRAY['widget_view','variant_assigned','chat_clicked','chat_started','chat_step','chat_step',
                     'chat_completed','chat_abandoned'])[1 + g % 8] END,
       timestamp '2026-01-01' + ((g / 8) * (180 * 86400.0 / ($1::int / 8))) * interval '1 second' + (g % 8) * interval '20 seconds',
       (g % 8) * 20000
FROM generate_series(0, $1::int - 1) AS g`;

const VARIANTS: [string, string | null][] = [
  ['seed indexes only', null],
  ['btree (event_timestamp)', 'CREATE INDEX bench_idx ON metrics (event_timestamp)'],
  // Metrics arrive in time order, so block ranges map to time ranges: a tiny BRIN index fits.
  ['brin (event_timestamp)', 'CREATE INDEX bench_idx ON metrics USING brin (event_timestamp)'],
  // A covering B-tree (… INCLUDE the other columns) measured no faster at 100k rows, and its
  // index-only scans need a vacuumed table, which PGlite never autovacuums.
];

/** `BENCH_ENGINES=pglite` or `postgres` runs one; default both (Postgres only with DATABASE_URL). */
const ENGINES = (process.env['BENCH_ENGINES'] ?? 'pglite,postgres').split(',');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

const findMetricsScan = (node: PlanNode): PlanNode | undefined =>
  node['Relation Name'] === 'metrics' ? node : node.Plans?.map(findMetricsScan).find(Boolean);

/**
 * EXPLAIN ANALYZE's execution time (median of RUNS; TIMING OFF, since per-node clocks cost a
 * lot in WASM) and, as figures that do not drift on a busy machine, the rows and blocks the
 * metrics scan touched.
 */
async function measure(db: Database, range: (typeof RANGES)[number]) {
  const times: number[] = [];
  let scan: PlanNode | undefined;
  for (let run = 0; run < RUNS; run++) {
    const { rows } = await db.withClaims(ADMIN, (tx) =>
      tx.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, TIMING OFF, BUFFERS, FORMAT JSON) ${AB_REPORT_SQL}`, [
        range.from,
        range.to,
        range.timezone,
        [...EVENT_TYPES],
      ]),
    );
    const raw = rows[0]!['QUERY PLAN'];
    const json = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ 'Execution Time': number; Plan: PlanNode }];
    times.push(json[0]['Execution Time']);
    scan = findMetricsScan(json[0].Plan);
  }
  // The part the index changes, alone: finding the range's rows (as admin, so the policy runs too).
  const scanTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { rows } = await db.withClaims(ADMIN, (tx) =>
      tx.query<{ 'QUERY PLAN': unknown }>(
        `EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) SELECT count(*) FROM metrics
         WHERE event_timestamp >= ($1::date::timestamp AT TIME ZONE $3) AT TIME ZONE 'UTC'
           AND event_timestamp < (($2::date + 1)::timestamp AT TIME ZONE $3) AT TIME ZONE 'UTC'`,
        [range.from, range.to, range.timezone],
      ),
    );
    const raw = rows[0]!['QUERY PLAN'];
    scanTimes.push(
      ((typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ 'Execution Time': number }])[0]['Execution Time'],
    );
  }
  return {
    range: `${range.from}..${range.to}`,
    executionMs: Number(median(times).toFixed(1)),
    rangeScanMs: Number(median(scanTimes).toFixed(1)),
    metricsScan: scan?.['Node Type'],
    rowsRead:
      (scan?.['Actual Rows'] ?? 0) +
      (scan?.['Rows Removed by Filter'] ?? 0) +
      (scan?.['Rows Removed by Index Recheck'] ?? 0),
    blocks: (scan?.['Shared Hit Blocks'] ?? 0) + (scan?.['Shared Read Blocks'] ?? 0),
  };
}

async function bench(engine: string, db: Database) {
  await migrate(db.owner);
  // The migrated schema already holds the chosen index; start from the seed's indexes only.
  await db.owner.exec('DROP INDEX IF EXISTS idx_metrics_report_range');
  const started = Date.now();
  await db.owner.query(GENERATE, [ROWS]);
  const generateMs = Date.now() - started;
  const results: Record<string, unknown> = {};
  for (const [name, ddl] of VARIANTS) {
    await db.owner.exec('DROP INDEX IF EXISTS bench_idx');
    if (ddl) await db.owner.exec(ddl);
    await db.owner.exec('VACUUM ANALYZE metrics');
    results[name] = [];
    for (const range of RANGES) (results[name] as unknown[]).push(await measure(db, range));
  }
  return { engine, rows: ROWS, generateMs, results };
}

// One JSON line per engine as soon as it is measured, so a long run shows progress.
if (ENGINES.includes('pglite')) {
  const pglite = await createPgliteDatabase();
  console.log(JSON.stringify(await bench('pglite', pglite)));
  await pglite.close();
}

const url = process.env['DATABASE_URL'];
if (url && ENGINES.includes('postgres')) {
  const db = await openScratchPostgres(url, { name: `psybook_bench_${randomBytes(4).toString('hex')}` });
  try {
    console.log(JSON.stringify(await bench('postgres', db)));
  } finally {
    await db.close();
  }
}
