import { afterAll, beforeAll } from 'vitest';
import type { TestApp } from '@psybook/testkit/app';
import type { Engine } from '@psybook/testkit/engines';
import { MONDAY_8AM, startWhatsappApp, type Clock } from './app.js';
import { createGraphMock, type GraphMock } from './graph-mock.js';
import { Patient } from './patient.js';

/** The Graph API mock for a whole test file (msw intercepts the app's fetch in this worker). */
export function mockGraph(): GraphMock {
  const graph = createGraphMock();
  beforeAll(() => graph.server.listen({ onUnhandledRequest: 'bypass' }));
  afterAll(() => graph.server.close());
  return graph;
}

export interface WhatsappSuite {
  /** The app of the current engine (set in beforeAll). */
  readonly app: TestApp;
  clock: Clock;
  patient(waId: string, name?: string): Patient;
}

/** Per engine: a fresh app with the demo clinic; the other engine's replies are forgotten. */
export function useWhatsappApp(engine: Engine, graph: GraphMock, clock: Clock = { now: MONDAY_8AM }): WhatsappSuite {
  let app: TestApp | undefined;
  beforeAll(async () => {
    graph.requests.length = 0;
    app = await startWhatsappApp(engine, clock);
  });
  afterAll(async () => {
    await app?.close();
  });
  return {
    get app() {
      if (!app) throw new Error('the app starts in beforeAll');
      return app;
    },
    clock,
    patient: (waId, name = 'Ana García') => new Patient(app!.url, graph, waId, name),
  };
}
