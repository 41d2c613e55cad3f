import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@psybook/client-sdk';
import { startTestApp, type TestApp } from '@psybook/testkit/app';

const run = promisify(execFile);
const script = fileURLToPath(new URL('./book.ts', import.meta.url));

// Runs the example as a user would, as its own Node process against the real app.
describe('examples/sdk-node/book.ts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite');
    const admin = createClient({ baseUrl: app.url, accessToken: () => app.token('admin', randomUUID()) });
    const { id } = await admin.admin.psychologists.create({
      firstName: 'Ana',
      lastName: 'Alba',
      email: 'ana@clinic.test',
    });
    // Every day, most hours: there is a free time whenever the test runs.
    for (let day = 0; day <= 6; day++)
      await admin.admin.availability.create(id, { dayOfWeek: day, startTime: '00:00', endTime: '23:00' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists free times and books the first one', async () => {
    // `source` resolves the SDK to its TypeScript, so the example runs without a build.
    const { stdout } = await run(process.execPath, ['--conditions=source', '--import', 'tsx', script], {
      env: { ...process.env, PSYBOOK_URL: app.url },
    });
    expect(stdout).toMatch(/free times with Ana Alba \(Europe\/Madrid\)/);
    const booked = /Booked appointment (\d+): (\S+) (\S+)/.exec(stdout);
    expect(booked).not.toBeNull();
    const { rows } = await app.db.owner.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM appointments WHERE id = $1 AND status = 'scheduled' AND entry_method = 'web_form'",
      [Number(booked![1])],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('exits with an error and a clear line when the API is unreachable', async () => {
    const failure = await run(process.execPath, ['--conditions=source', '--import', 'tsx', script], {
      env: { ...process.env, PSYBOOK_URL: 'http://127.0.0.1:9' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^ConnectionError: Could not reach the Psybook API/),
    });
  });
});
