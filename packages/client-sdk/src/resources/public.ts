import { ClinicConfig } from '../schema/config.js';
import { PsychologistList } from '../schema/psychologists.js';
import { SlotList, type SlotQuery } from '../schema/slots.js';
import type { RequestOptions } from '../options.js';
import { path } from '../internal/path.js';
import type { Transport } from '../internal/transport.js';

/** `GET /v1/config`: the clinic's name, time zone, WhatsApp number and experiment split. */
export function configResource(http: Transport) {
  return {
    get: async (opts: RequestOptions = {}): Promise<ClinicConfig> =>
      http.request({
        method: 'GET',
        path: '/v1/config',
        response: { schema: ClinicConfig },
        retry: true,
        signal: opts.signal,
      }),
  };
}

/** `GET /v1/psychologists`: the active psychologists, public fields only. */
export function psychologistsResource(http: Transport) {
  return {
    list: async (opts: RequestOptions = {}): Promise<PsychologistList> =>
      http.request({
        method: 'GET',
        path: '/v1/psychologists',
        response: { schema: PsychologistList },
        retry: true,
        signal: opts.signal,
      }),
  };
}

export interface SlotListParams extends SlotQuery {
  psychologistId: number;
}

/** `GET /v1/psychologists/:id/slots`: free times between two clinic-local dates (inclusive). */
export function slotsResource(http: Transport) {
  return {
    list: async ({ psychologistId, from, to }: SlotListParams, opts: RequestOptions = {}): Promise<SlotList> =>
      http.request({
        method: 'GET',
        path: path`/v1/psychologists/${psychologistId}/slots`,
        query: { from, to },
        response: { schema: SlotList },
        retry: true,
        signal: opts.signal,
      }),
  };
}
