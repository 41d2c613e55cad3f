import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { SchemaValidationError, isSchemaValidationError } from '../src/index.js';
import { API, SLOT, fastClient, useMockApi } from './support/msw.js';

const server = useMockApi();
const slotQuery = { psychologistId: 1, from: '2026-12-01', to: '2026-12-07' };

describe('responses that break the contract', () => {
  it('rejects a body whose fields have the wrong type, naming the path', async () => {
    server.use(
      http.get(`${API}/v1/psychologists/1/slots`, () =>
        HttpResponse.json({ timezone: 'Europe/Madrid', data: [{ ...SLOT, startTime: 900 }] }),
      ),
    );
    const error = await fastClient()
      .slots.list(slotQuery)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaValidationError);
    expect(isSchemaValidationError(error)).toBe(true);
    const { issues } = error as SchemaValidationError;
    expect(issues.map((issue) => issue.path)).toEqual([['data', 0, 'startTime']]);
  });

  it('rejects a 200 whose body is not JSON', async () => {
    server.use(http.get(`${API}/v1/psychologists`, () => new HttpResponse('<html>login</html>', { status: 200 })));
    const error = (await fastClient()
      .psychologists.list()
      .catch((e: unknown) => e)) as SchemaValidationError;
    expect(error).toBeInstanceOf(SchemaValidationError);
    expect(error.issues[0]?.code).toBe('invalid_json');
  });

  it('accepts extra fields the server may add later, and strips them', async () => {
    server.use(
      http.get(`${API}/v1/psychologists`, () =>
        HttpResponse.json({ data: [{ id: 1, firstName: 'Eva', lastName: 'Ruiz', bio: null, photoUrl: 'x' }] }),
      ),
    );
    await expect(fastClient().psychologists.list()).resolves.toEqual({
      data: [{ id: 1, firstName: 'Eva', lastName: 'Ruiz', bio: null }],
    });
  });
});
