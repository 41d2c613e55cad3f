import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { startTestApp, type TestApp } from '@psybook/testkit/app';

describe.each(ENGINES)('health endpoints on %s', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(engine);
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers /healthz and /readyz with the engine, and a request id', async () => {
    const live = await fetch(`${app.url}/healthz`);
    expect(live.status).toBe(200);
    expect(live.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const ready = await fetch(`${app.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', database: engine });
  });

  it('answers an unknown path with problem+json 404', async () => {
    const res = await fetch(`${app.url}/v1/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('refuses a malformed bearer token with 401', async () => {
    const res = await fetch(`${app.url}/v1/anything`, { headers: { authorization: 'Bearer not.a.jwt' } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'unauthorized' });
  });

  it('reports 503 when the database is gone', async () => {
    const broken = await startTestApp(engine);
    await broken.db.close();
    const res = await fetch(`${broken.url}/readyz`);
    expect(res.status).toBe(503);
    broken.server.closeAllConnections();
    await new Promise((resolve) => broken.server.close(resolve));
  });
});
