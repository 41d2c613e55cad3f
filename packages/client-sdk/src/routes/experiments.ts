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
  },
  ok: { status: 202, description: 'Stored', schema: MetricsAccepted },
  problems: { 415: ['unsupported_media_type'] },
  rateLimited: true,
});

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
  ok: {
    status: 200,
    description: 'The report (JSON, or CSV with format=csv)',
    schema: AbReport,
    alternatives: { 'text/csv': z.string().describe('One row per arm; columns from, to, entry_method, sessions, …') },
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
  ok: { status: 200, description: 'The flag', schema: DemoDataFlag },
});
