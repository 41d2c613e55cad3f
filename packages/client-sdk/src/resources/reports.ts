import type { AbReport, DemoDataFlag } from '../schema/reports.js';
import type { RequestOptions } from '../options.js';
import { call, callText } from '../internal/call.js';
import type { Transport } from '../internal/transport.js';
import { getAbReport, getDemoDataFlag } from '../routes/experiments.js';

/** A clinic-local date range, inclusive. */
export interface DateRange {
  from: string;
  to: string;
}

/** `GET /v1/admin/reports/ab`: the A/B report per entry method (admin token). */
export function reportsResource(http: Transport) {
  return {
    ab: async ({ from, to }: DateRange, opts: RequestOptions = {}): Promise<AbReport> =>
      call(http, getAbReport, { query: { from, to } }, opts),
    /** The same report as CSV text, for spreadsheets. */
    abCsv: async ({ from, to }: DateRange, opts: RequestOptions = {}): Promise<string> =>
      callText(http, getAbReport, { query: { from, to, format: 'csv' } }, 'text/csv', opts),
    /** `GET /v1/admin/reports/demo-data`: whether the range holds the demo clinic's generated visitors. */
    demoData: async ({ from, to }: DateRange, opts: RequestOptions = {}): Promise<DemoDataFlag> =>
      call(http, getDemoDataFlag, { query: { from, to } }, opts),
  };
}
