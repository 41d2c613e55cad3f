import { MetricsAccepted, type MetricBatch } from '../schema/metrics.js';
import type { RequestOptions } from '../options.js';
import type { Transport } from '../internal/transport.js';

/**
 * `POST /v1/metrics`: one batch of funnel events. Not retried here (a retry could count an
 * event twice); the tracker decides when a failed batch is worth sending again.
 */
export function metricsResource(http: Transport) {
  return {
    send: async (batch: MetricBatch, opts: RequestOptions = {}): Promise<MetricsAccepted> =>
      http.request({
        method: 'POST',
        path: '/v1/metrics',
        body: batch,
        response: { schema: MetricsAccepted },
        retry: false,
        signal: opts.signal,
      }),
  };
}
