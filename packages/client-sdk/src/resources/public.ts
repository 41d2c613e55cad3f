import type { ClinicConfig } from '../schema/config.js';
import type { PsychologistList } from '../schema/psychologists.js';
import type { SlotList, SlotQuery } from '../schema/slots.js';
import type { RequestOptions } from '../options.js';
import { call } from '../internal/call.js';
import type { Transport } from '../internal/transport.js';
import { getConfig, listPsychologists, listSlots } from '../routes/public.js';

/** `GET /v1/config`: the clinic's name, time zone, WhatsApp number and experiment split. */
export function configResource(http: Transport) {
  return {
    get: async (opts: RequestOptions = {}): Promise<ClinicConfig> => call(http, getConfig, {}, opts),
  };
}

/** `GET /v1/psychologists`: the active psychologists, public fields only. */
export function psychologistsResource(http: Transport) {
  return {
    list: async (opts: RequestOptions = {}): Promise<PsychologistList> => call(http, listPsychologists, {}, opts),
  };
}

export interface SlotListParams extends SlotQuery {
  psychologistId: number;
}

/** `GET /v1/psychologists/:id/slots`: free times between two clinic-local dates (inclusive). */
export function slotsResource(http: Transport) {
  return {
    list: async ({ psychologistId, from, to }: SlotListParams, opts: RequestOptions = {}): Promise<SlotList> =>
      call(http, listSlots, { params: { id: psychologistId }, query: { from, to } }, opts),
  };
}
