import type { MetricBatch, MetricsAccepted } from '../schema/metrics.js';
import type { RequestOptions } from '../options.js';
import { call } from '../internal/call.js';
import type { Transport } from '../internal/transport.js';
import { sendMetrics } from '../routes/experiments.js';

/**
 * `POST /v1/metrics`: one batch of funnel events. Not retried here (a retry could count an
 * event twice); the tracker decides when a failed batch is worth sending again.
 */
export function metricsResource(http: Transport) {
  return {
    send: async (batch: MetricBatch, opts: RequestOptions = {}): Promise<MetricsAccepted> =>
      call(http, sendMetrics, { body: batch }, opts),
  };
}
