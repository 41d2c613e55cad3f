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
    example: {
      clinicName: 'Clínica Serena',
      timezone: 'Europe/Madrid',
      whatsappNumber: '+34600000000',
      experiment: { webFormShare: 0.5 },
      sessionMinutes: 50,
      bookingHorizonDays: 60,
      defaultCountry: 'ES',
    },
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
    example: { data: [{ id: 1, firstName: 'Ana', lastName: 'Martín', bio: 'Cognitive behavioural therapy.' }] },
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
  examples: { id: 1, from: '2026-03-09', to: '2026-03-15' },
  ok: {
    status: 200,
    description: 'Slots, ordered',
    schema: SlotList,
    example: {
      timezone: 'Europe/Madrid',
      data: [
        {
          date: '2026-03-09',
          startTime: '10:00',
          endTime: '10:50',
          startsAt: '2026-03-09T10:00:00+01:00',
          endsAt: '2026-03-09T10:50:00+01:00',
        },
      ],
    },
  },
  problems: { 404: ['not_found'] },
});
