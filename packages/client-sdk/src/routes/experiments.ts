import * as z from 'zod';
import { MetricBatch, MetricsAccepted } from '../schema/metrics.js';
import { AbReport, AbReportQuery, DateRangeQuery, DemoDataFlag } from '../schema/reports.js';
import { route } from './route.js';

export const sendMetrics = route({
  operationId: 'sendMetrics',
  method: 'POST',
  path: '/v1/metrics',
  summary: 'Record funnel events (a batch of up to 50)',
  description:
    'Also accepts the same JSON as `text/plain`, which is what `navigator.sendBeacon` sends (no CORS preflight). ' +
    'Stored all or nothing, as role `service`.',
  tag: 'Experiment',
  access: 'public',
  body: {
    schema: MetricBatch,
    alternatives: { 'text/plain': z.string().describe('The same JSON batch, as sendBeacon sends it') },
    example: {
      events: [
        { sessionId: 'sess_4f9a2c7e1b', entryMethod: 'web_form', eventType: 'widget_view', timeTaken: 0 },
        {
          sessionId: 'sess_4f9a2c7e1b',
          entryMethod: 'web_form',
          eventType: 'psychologist_selected',
          timeTaken: 4200,
          data: { psychologistId: 1 },
        },
      ],
    },
  },
  ok: { status: 202, description: 'Stored', schema: MetricsAccepted, example: { accepted: 2 } },
  problems: { 415: ['unsupported_media_type'] },
  rateLimited: true,
});

const REPORT_EXAMPLE = {
  from: '2026-02-01',
  to: '2026-02-28',
  arms: [
    {
      entryMethod: 'web_form',
      sessions: 480,
      steps: { widget_view: 480, booking_confirmed: 41 },
      conversions: 41,
      conversionRate: 0.0854,
      ci95: [0.0636, 0.1138],
      medianTimeToBookMs: 182000,
      p90TimeToBookMs: 540000,
    },
    {
      entryMethod: 'click_to_chat',
      sessions: 472,
      steps: { widget_view: 472, chat_completed: 52 },
      conversions: 52,
      conversionRate: 0.1102,
      ci95: [0.0849, 0.1418],
      medianTimeToBookMs: 305000,
      p90TimeToBookMs: 1260000,
    },
  ],
  comparison: { difference: -0.0248, zScore: -1.28, pValue: 0.2 },
  daily: [{ date: '2026-02-01', entryMethod: 'web_form', sessions: 17, conversions: 2 }],
} as const;

export const getAbReport = route({
  operationId: 'getAbReport',
  method: 'GET',
  path: '/v1/admin/reports/ab',
  summary: 'Which arm books more patients',
  description:
    'Funnel, conversion with a 95% interval, z-test and a daily series per entry method, over at most 366 days. ' +
    '`format=csv` answers the same report as CSV. Only roles the database lets read metrics see it.',
  tag: 'Experiment',
  access: { roles: ['admin'] },
  query: AbReportQuery,
  examples: { from: '2026-02-01', to: '2026-02-28', format: 'json' },
  ok: {
    status: 200,
    description: 'The report (JSON, or CSV with format=csv)',
    schema: AbReport,
    alternatives: { 'text/csv': z.string().describe('One row per arm; columns from, to, entry_method, sessions, …') },
    example: REPORT_EXAMPLE,
  },
});

export const getDemoDataFlag = route({
  operationId: 'getDemoDataFlag',
  method: 'GET',
  path: '/v1/admin/reports/demo-data',
  summary: 'Whether a report range holds demo data',
  description: 'The console labels a report built on the demo clinic’s generated visitors.',
  tag: 'Experiment',
  access: { roles: ['admin'] },
  query: DateRangeQuery,
  examples: { from: '2026-02-01', to: '2026-02-28' },
  ok: { status: 200, description: 'The flag', schema: DemoDataFlag, example: { demo: false } },
});
