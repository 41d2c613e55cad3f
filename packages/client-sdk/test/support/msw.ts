import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createClient } from '../../src/index.js';
import type { ClientOptions } from '../../src/index.js';

/** Where the mocked API lives; nothing real is ever contacted. */
export const API = 'https://api.psybook.test';

/** An msw server for one test file: unhandled requests fail the test, handlers reset per test. */
export function useMockApi() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** A client with millisecond backoff, so retry tests do not sleep for seconds. */
export function fastClient(options: Partial<ClientOptions> = {}) {
  return createClient({ baseUrl: API, backoff: { initialMs: 1, maxMs: 20 }, ...options });
}

export const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  type: `https://psybook.dev/problems/${code}`,
  title: code.replace(/_/g, ' '),
  status,
  code,
  ...extra,
});

export const SLOT = {
  date: '2026-12-01',
  startTime: '09:00',
  endTime: '09:50',
  startsAt: '2026-12-01T09:00:00+01:00',
  endsAt: '2026-12-01T09:50:00+01:00',
};

export const APPOINTMENT = {
  id: 7,
  psychologistId: 1,
  date: '2026-12-01',
  startTime: '09:00',
  endTime: '09:50',
  startsAt: '2026-12-01T09:00:00+01:00',
  endsAt: '2026-12-01T09:50:00+01:00',
  status: 'scheduled',
  entryMethod: 'web_form',
};

export const BOOKING = {
  psychologistId: 1,
  date: '2026-12-01',
  startTime: '09:00',
  entryMethod: 'web_form',
  patient: { firstName: 'Ana', lastName: 'García', phone: '+34600123456' },
} as const;
