import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { bookingBody, countRows, NOW, seedClinic, type Clinic } from '@psybook/testkit/clinic';

describe.each(ENGINES)('a body that does not decode is a 4xx on %s (hardening 10)', (engine) => {
  let app: TestApp;
  let clinic: Clinic;

  beforeAll(async () => {
    app = await startTestApp(engine, { now: () => NOW });
    clinic = await seedClinic(app.db);
  });
  afterAll(() => app.close());

  it.each([
    ['gzip', 400],
    ['deflate', 400],
    ['br', 400],
    ['x-unknown', 415],
  ])(
    'Content-Encoding: %s with a body that is not so encoded → %i problem+json, nothing written',
    async (encoding, status) => {
      for (const path of ['/v1/bookings', '/v1/metrics']) {
        const res = await fetch(`${app.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-encoding': encoding },
          body: JSON.stringify(bookingBody(clinic.anaId)),
        });
        expect(res.status).toBe(status);
        expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
        const problem = (await res.json()) as { errors?: { field: string }[] };
        if (status === 400) expect(problem.errors?.[0]?.field).toBe('headers.content-encoding');
      }
      expect(await countRows(app.db, 'appointments')).toBe(0);
    },
  );
});
