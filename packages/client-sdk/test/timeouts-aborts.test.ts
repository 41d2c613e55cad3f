import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { AbortError, TimeoutError, isAbortError, isTimeoutError } from '../src/index.js';
import { API, fastClient, useMockApi } from './support/msw.js';

const server = useMockApi();
const CONFIG = {
  clinicName: 'Clínica Sol',
  timezone: 'Europe/Madrid',
  whatsappNumber: '+34600123456',
  experiment: { webFormShare: 0.5 },
  sessionMinutes: 50,
  bookingHorizonDays: 60,
  defaultCountry: 'ES',
};

function slowConfig(ms: number | 'infinite') {
  let hits = 0;
  server.use(
    http.get(`${API}/v1/config`, async () => {
      hits++;
      await delay(ms);
      return HttpResponse.json(CONFIG);
    }),
  );
  return () => hits;
}

describe('timeouts and aborts', () => {
  it('times out a request that never answers, after each retry', async () => {
    const hits = slowConfig('infinite');
    const error = await fastClient({ timeoutMs: 30, maxRetries: 1 })
      .config.get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(isTimeoutError(error)).toBe(true);
    expect((error as TimeoutError).timeoutMs).toBe(30);
    expect(hits()).toBe(2);
  });

  it('waits without a limit when timeoutMs is Infinity', async () => {
    const hits = slowConfig(50);
    await expect(fastClient({ timeoutMs: Infinity, maxRetries: 0 }).config.get()).resolves.toEqual(CONFIG);
    expect(hits()).toBe(1);
  });

  it('retries after a timeout and returns the answer that came in time', async () => {
    let hits = 0;
    server.use(
      http.get(`${API}/v1/config`, async () => {
        if (hits++ === 0) await delay('infinite');
        return HttpResponse.json(CONFIG);
      }),
    );
    await expect(fastClient({ timeoutMs: 50 }).config.get()).resolves.toEqual(CONFIG);
    expect(hits).toBe(2);
  });

  it('rejects with AbortError when the caller aborts mid-request, and does not retry', async () => {
    const hits = slowConfig('infinite');
    const controller = new AbortController();
    const result = fastClient().config.get({ signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(isAbortError(error)).toBe(true);
    expect(hits()).toBe(1);
  });

  it('does not send anything for an already aborted signal', async () => {
    const hits = slowConfig(0);
    await expect(fastClient().config.get({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(hits()).toBe(0);
  });

  it('aborts the wait between retries', async () => {
    let hits = 0;
    server.use(
      http.get(
        `${API}/v1/config`,
        () => (hits++, HttpResponse.json({}, { status: 503, headers: { 'retry-after': '5' } })),
      ),
    );
    const controller = new AbortController();
    const result = fastClient({ backoff: { initialMs: 1, maxMs: 10_000 } }).config.get({ signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 30));
    controller.abort();
    await expect(result).rejects.toBeInstanceOf(AbortError);
    expect(hits).toBe(1);
  });
});
