import { AbReport } from '../schema/reports.js';
import type { RequestOptions } from '../options.js';
import { getJson } from '../internal/calls.js';
import type { Transport } from '../internal/transport.js';

/** A clinic-local date range, inclusive. */
export interface DateRange {
  from: string;
  to: string;
}

/** `GET /v1/admin/reports/ab`: the A/B report per entry method (admin token). */
export function reportsResource(http: Transport) {
  return {
    ab: async ({ from, to }: DateRange, opts: RequestOptions = {}): Promise<AbReport> =>
      getJson(http, '/v1/admin/reports/ab', AbReport, opts, { from, to }),
    /** The same report as CSV text, for spreadsheets. */
    abCsv: async ({ from, to }: DateRange, opts: RequestOptions = {}): Promise<string> =>
      http.request({
        method: 'GET',
        path: '/v1/admin/reports/ab',
        query: { from, to, format: 'csv' },
        accept: 'text/csv',
        response: { text: true },
        retry: true,
        signal: opts.signal,
      }),
  };
}
