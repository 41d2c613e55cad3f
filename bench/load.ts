import autocannon from 'autocannon';

export interface LoadFigures {
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** One autocannon run in this process; returns the figures the README reports. */
export async function load(options: autocannon.Options & { connections: number }): Promise<LoadFigures> {
  const result = await autocannon({ ...options, duration: options.duration ?? 5 });
  return {
    connections: options.connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Runs the same load at 10 connections (the endpoint's cost) and 50 (queueing too). */
export async function atTenAndFifty(options: autocannon.Options): Promise<{ c10: LoadFigures; c50: LoadFigures }> {
  const c10 = await load({ ...options, connections: 10 });
  const c50 = await load({ ...options, connections: 50 });
  return { c10, c50 };
}
