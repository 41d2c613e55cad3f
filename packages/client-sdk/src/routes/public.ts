import { IdParams } from '../schema/common.js';
import { ClinicConfig } from '../schema/config.js';
import { PsychologistList } from '../schema/psychologists.js';
import { SlotList, SlotQuery } from '../schema/slots.js';
import { route } from './route.js';

export const getConfig = route({
  operationId: 'getConfig',
  method: 'GET',
  path: '/v1/config',
  summary: 'Clinic settings a booking UI needs',
  description: 'Name, time zone, WhatsApp number, experiment split and session length. Cached for a minute.',
  tag: 'Public',
  access: 'public',
  ok: {
    status: 200,
    description: 'Settings',
    schema: ClinicConfig,
  },
});

export const listPsychologists = route({
  operationId: 'listPsychologists',
  method: 'GET',
  path: '/v1/psychologists',
  summary: 'Active psychologists',
  tag: 'Public',
  access: 'public',
  ok: {
    status: 200,
    description: 'Public fields only, no contact details',
    schema: PsychologistList,
  },
});

export const listSlots = route({
  operationId: 'listSlots',
  method: 'GET',
  path: '/v1/psychologists/:id/slots',
  summary: 'Free slots between two clinic-local dates (inclusive)',
  tag: 'Public',
  access: 'public',
  params: IdParams,
  query: SlotQuery,
  ok: {
    status: 200,
    description: 'Slots, ordered',
    schema: SlotList,
  },
  problems: { 404: ['not_found'] },
});
