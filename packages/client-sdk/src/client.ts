import type { ClientOptions } from './options.js';
import { createTransport } from './internal/transport.js';
import { adminResource } from './resources/admin.js';
import { bookingsResource } from './resources/bookings.js';
import { metricsResource } from './resources/metrics.js';
import { configResource, psychologistsResource, slotsResource } from './resources/public.js';
import { reportsResource } from './resources/reports.js';
import { appointmentsResource, meResource } from './resources/staff.js';

/**
 * A client for the Psybook API. Every method returns the parsed, validated response body and
 * rejects with a `PsybookError` subclass; every method takes `{ signal }` last.
 *
 * @example
 * const psybook = createClient({ baseUrl: 'https://clinic.example' });
 * const { data } = await psybook.slots.list({ psychologistId: 1, from: '2026-12-01', to: '2026-12-07' });
 */
export function createClient(options: ClientOptions) {
  const http = createTransport(options);
  return {
    /** The API root this client talks to, without a trailing slash. */
    baseUrl: http.baseUrl,
    config: configResource(http),
    psychologists: psychologistsResource(http),
    slots: slotsResource(http),
    bookings: bookingsResource(http),
    me: meResource(http),
    appointments: appointmentsResource(http),
    admin: adminResource(http),
    reports: reportsResource(http),
    metrics: metricsResource(http),
  };
}

export type PsybookClient = ReturnType<typeof createClient>;
