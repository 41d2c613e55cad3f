import { ClinicConfig } from '../schema/config.js';
import { PsychologistList } from '../schema/psychologists.js';
import { SlotList, type SlotQuery } from '../schema/slots.js';
import type { RequestOptions } from '../options.js';
import { getJson } from '../internal/calls.js';
import { path } from '../internal/path.js';
import type { Transport } from '../internal/transport.js';

/** `GET /v1/config`: the clinic's name, time zone, WhatsApp number and experiment split. */
export function configResource(http: Transport) {
  return {
    get: async (opts: RequestOptions = {}): Promise<ClinicConfig> => getJson(http, '/v1/config', ClinicConfig, opts),
  };
}

/** `GET /v1/psychologists`: the active psychologists, public fields only. */
export function psychologistsResource(http: Transport) {
  return {
    list: async (opts: RequestOptions = {}): Promise<PsychologistList> =>
      getJson(http, '/v1/psychologists', PsychologistList, opts),
  };
}

export interface SlotListParams extends SlotQuery {
  psychologistId: number;
}

/** `GET /v1/psychologists/:id/slots`: free times between two clinic-local dates (inclusive). */
export function slotsResource(http: Transport) {
  return {
    list: async ({ psychologistId, from, to }: SlotListParams, opts: RequestOptions = {}): Promise<SlotList> =>
      getJson(http, path`/v1/psychologists/${psychologistId}/slots`, SlotList, opts, { from, to }),
  };
}
