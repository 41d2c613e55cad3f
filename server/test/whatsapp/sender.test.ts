import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/platform/logger.js';
import { createDispatcher } from '../../src/whatsapp/sender/dispatcher.js';
import { createGraphSender } from '../../src/whatsapp/sender/graph.js';
import { Outbox } from '../../src/whatsapp/sender/outbox.js';
import { createGraphMock, GRAPH_URL, limitViolations, PHONE_NUMBER_ID } from './support/graph-mock.js';

const graph = createGraphMock();
const logs: Record<string, unknown>[] = [];
const logger = createLogger('info', {
  write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>),
});
const waits: number[] = [];
const sender = createGraphSender({
  graphUrl: GRAPH_URL,
  phoneNumberId: PHONE_NUMBER_ID,
  accessToken: 'token-1',
  logger,
  retry: { attempts: 4, baseMs: 100, maxMs: 1000 },
  // Records the backoff instead of sleeping it.
  sleep: async (ms) => void waits.push(ms),
});

beforeAll(() => graph.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  graph.requests.length = 0;
  waits.length = 0;
  logs.length = 0;
});
afterAll(() => graph.server.close());

describe('Graph API sender', () => {
  it('sends text, reply buttons and lists in the Cloud API shape with the access token', async () => {
    expect(await sender.send('34600111222', { type: 'text', body: 'Hola 😊' })).toEqual({
      ok: true,
      wamid: 'wamid.out.1',
    });
    await sender.send('34600111222', { type: 'buttons', body: '¿Sí?', buttons: [{ id: '1.1|yes', title: 'Sí' }] });
    await sender.send('34600111222', {
      type: 'list',
      body: 'Elige',
      button: 'Ver',
      rows: [{ id: '1.2|a', title: 'A', description: 'd' }],
    });
    expect(graph.requests.map((r) => r.body)).toEqual([
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: '34600111222',
        type: 'text',
        text: { preview_url: false, body: 'Hola 😊' },
      },
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: '34600111222',
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: '¿Sí?' },
          action: { buttons: [{ type: 'reply', reply: { id: '1.1|yes', title: 'Sí' } }] },
        },
      },
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: '34600111222',
        type: 'interactive',
        interactive: {
          type: 'list',
          body: { text: 'Elige' },
          action: { button: 'Ver', sections: [{ rows: [{ id: '1.2|a', title: 'A', description: 'd' }] }] },
        },
      },
    ]);
    expect(graph.requests.every((r) => r.authorization === 'Bearer token-1')).toBe(true);
    expect(graph.requests.flatMap(limitViolations)).toEqual([]);
  });

  it('retries throughput (130429) and pair (131056) rate limits with growing waits, then delivers', async () => {
    graph.failWith({ status: 400, code: 130429 }, { status: 400, code: 131056 }, { status: 429, code: 130429 });
    expect(await sender.send('34600111222', { type: 'text', body: 'x' })).toMatchObject({ ok: true });
    expect(graph.requests).toHaveLength(1);
    expect(waits).toHaveLength(3);
    expect(waits[0]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeGreaterThanOrEqual(200);
    expect(waits[2]).toBeGreaterThanOrEqual(400);
  });

  it('gives up after the last attempt and reports rate_limited', async () => {
    graph.failWith(...Array.from({ length: 4 }, () => ({ status: 400, code: 131056 })));
    expect(await sender.send('34600111222', { type: 'text', body: 'x' })).toEqual({
      ok: false,
      kind: 'rate_limited',
      code: 131056,
    });
    expect(waits).toHaveLength(3);
    expect(logs.at(-1)).toMatchObject({ kind: 'rate_limited', code: 131056, attempts: 4 });
  });

  it('surfaces the 24-hour window error (131047) at once, without retrying or logging the number', async () => {
    graph.failWith({ status: 400, code: 131047 });
    expect(await sender.send('34600111222', { type: 'text', body: 'x' })).toEqual({
      ok: false,
      kind: 'outside_window',
      code: 131047,
    });
    expect(waits).toEqual([]);
    expect(logs.at(-1)).toMatchObject({ kind: 'outside_window', code: 131047, msg: 'whatsapp reply not sent' });
    expect(JSON.stringify(logs)).not.toContain('34600111222');
  });

  it('does not retry a request Meta rejects as invalid', async () => {
    graph.failWith({ status: 400, code: 100 });
    expect(await sender.send('34600111222', { type: 'text', body: 'x' })).toEqual({
      ok: false,
      kind: 'rejected',
      code: 100,
    });
    expect(waits).toEqual([]);
  });
});

describe('dispatcher and outbox', () => {
  it("keeps one patient's replies in order and stops a batch outside the 24-hour window", async () => {
    const dispatcher = createDispatcher(sender, logger);
    graph.failWith({ status: 400, code: 130429 });
    dispatcher.enqueue('34600111222', [
      { type: 'text', body: 'one' },
      { type: 'text', body: 'two' },
    ]);
    dispatcher.enqueue('34600111222', [{ type: 'text', body: 'three' }]);
    await dispatcher.idle();
    expect(graph.requests.map((r) => r.body.text?.body)).toEqual(['one', 'two', 'three']);

    graph.requests.length = 0;
    graph.failWith({ status: 400, code: 131047 });
    dispatcher.enqueue('34600111222', [
      { type: 'text', body: 'a' },
      { type: 'text', body: 'b' },
    ]);
    await dispatcher.idle('34600111222');
    expect(graph.requests).toEqual([]);
  });

  it('keeps replies per recipient in the local outbox', async () => {
    const outbox = new Outbox(3);
    await outbox.send('1', { type: 'text', body: 'a' });
    await outbox.send('2', { type: 'text', body: 'b' });
    await outbox.send('1', { type: 'text', body: 'c' });
    await outbox.send('1', { type: 'text', body: 'd' });
    expect(outbox.since('1', 0).map((e) => [e.seq, e.message])).toEqual([
      [3, { type: 'text', body: 'c' }],
      [4, { type: 'text', body: 'd' }],
    ]);
    expect(outbox.since('1', 3)).toHaveLength(1);
    expect(outbox.last).toBe(4);
  });
});
