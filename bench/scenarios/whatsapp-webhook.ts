// Webhook acknowledgements per second and latency for signed text messages from 100 distinct
// senders, at 10 and 50 connections, with /healthz measured in the same run for a ratio.
// Each request is a new message id, so every one is processed: dedupe, per-sender lock,
// conversation state, metrics. Target: p99 under 50 ms on Postgres at 10 connections.
import autocannon from 'autocannon';
import { appSecretOf } from '../../server/src/whatsapp/local-secret.js';
import { simulatedDelivery } from '../../server/src/demo/simulated-payload.js';
import { signBody } from '../../server/src/whatsapp/signature.js';
import type { BenchContext } from '../context.js';

const SENDERS = 100;
const TEXTS = ['Hola', 'Quiero una cita', 'mañana', '5pm', 'menú', 'Hi 😊', 'lunes', '17:00'];

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function summary(result: autocannon.Result) {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function webhookRequests(secret: string): autocannon.Request[] {
  let n = 0;
  return [
    {
      method: 'POST',
      path: '/v1/whatsapp/webhook',
      setupRequest: (request) => {
        n += 1;
        const waId = `34699${String(n % SENDERS).padStart(6, '0')}`;
        const body = JSON.stringify(
          simulatedDelivery({
            waId,
            name: 'Bench Patient',
            text: TEXTS[n % TEXTS.length]!,
            id: `wamid.bench.${process.pid}.${Date.now()}.${n}`,
          }),
        );
        return {
          ...request,
          body,
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(body, secret) },
        };
      },
    },
  ];
}

export default async function whatsappWebhook(
  ctx: Pick<BenchContext, 'url' | 'config' | 'engine' | 'durationSeconds'>,
): Promise<Record<string, unknown>> {
  // The app checks signatures with WHATSAPP_APP_SECRET, or its local secret in DATA_DIR.
  const secret = appSecretOf(ctx.config);
  const healthz = await run({ url: `${ctx.url}/healthz`, connections: 10, duration: ctx.durationSeconds });
  const results: Record<string, unknown> = {};
  for (const connections of [10, 50]) {
    results[`connections${connections}`] = summary(
      await run({ url: ctx.url, connections, duration: ctx.durationSeconds, requests: webhookRequests(secret) }),
    );
  }
  const at10 = results['connections10'] as ReturnType<typeof summary>;
  return {
    scenario: 'whatsapp-webhook',
    engine: ctx.engine,
    senders: SENDERS,
    healthz: summary(healthz),
    ...results,
    ratioToHealthz: Number((at10.requestsPerSecond / Math.max(1, Math.round(healthz.requests.average))).toFixed(3)),
    p99TargetMs: 50,
    p99WithinTargetAt10: at10.latencyMs.p99 < 50,
  };
}
