import * as z from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import * as c from '@psybook/client-sdk/schema';
import { bearer, json, op, responses } from './operations.js';

/** The A/B experiment's endpoints: funnel metrics in, the report out. */
export const experimentPaths: ZodOpenApiPathsObject = {
  '/v1/metrics': {
    post: op('Record funnel events (a batch of up to 50; also text/plain for navigator.sendBeacon)', 'Experiment', {
      requestBody: {
        content: {
          'application/json': { schema: c.MetricBatch },
          'text/plain': { schema: z.string().describe('The same JSON batch, as sendBeacon sends it') },
        },
      },
      responses: responses(
        { '202': { description: 'Stored, all or nothing', ...json(c.MetricsAccepted) } },
        {
          '413': 'payload_too_large: body over 64 kB',
          '415': 'unsupported_media_type: send application/json or text/plain',
          '429': 'rate_limited: too many batches from this client; see Retry-After',
        },
      ),
    }),
  },
  '/v1/admin/reports/ab': {
    get: op('Which arm books more patients: funnel, conversion with 95% interval, z-test, daily series', 'Admin', {
      security: bearer,
      requestParams: { query: c.AbReportQuery },
      responses: responses(
        {
          '200': {
            description: 'The report (JSON, or CSV with format=csv)',
            content: {
              'application/json': { schema: c.AbReport },
              'text/csv': { schema: z.string() },
            },
          },
        },
        { '401': 'unauthorized: sign in as an admin', '403': 'forbidden: the policies let only admins read metrics' },
      ),
    }),
  },
};
