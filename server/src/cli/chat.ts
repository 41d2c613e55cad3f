import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config.js';
import { simulatorSignature } from '../demo/chat-access.js';
import { appSecretOf } from '../whatsapp/local-secret.js';
import type { OutboxEntry } from '../whatsapp/sender/outbox.js';
import { simulatedDelivery, type SimulatedMessage } from '../demo/simulated-payload.js';
import { signBody } from '../whatsapp/signature.js';

// `npm run chat`: chat with the bot from a terminal. Each line is posted to the running
// server's webhook, signed with its secret, exactly as Meta would; replies come from its outbox.
const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    'wa-id': { type: 'string' },
    name: { type: 'string', default: 'Ana García' },
  },
});
if (existsSync('.env')) process.loadEnvFile('.env');
const config = loadConfig();
const base = (values.url ?? `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`).replace(
  /\/+$/,
  '',
);
const waId = values['wa-id'] ?? `346${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const secret = appSecretOf(config);

type Choice = NonNullable<SimulatedMessage['choice']>;
let choices: Choice[] = [];
let cursor = 0;

async function outbox(): Promise<{ replies: OutboxEntry[]; cursor: number }> {
  const res = await fetch(`${base}/chat/api/outbox?waId=${waId}&after=${cursor}`, {
    // The outbox shows a conversation only to whoever started it; holding the local secret proves it.
    headers: { 'x-psybook-simulator-signature': simulatorSignature(secret, waId) },
  });
  if (res.status === 404)
    throw new Error('the server has WhatsApp credentials, so replies go to Meta and there is no local outbox');
  if (!res.ok) throw new Error(`outbox answered ${res.status}`);
  return (await res.json()) as { replies: OutboxEntry[]; cursor: number };
}

function show(entry: OutboxEntry) {
  const m = entry.message;
  process.stdout.write(`\n🤖 ${m.body.replaceAll('\n', '\n   ')}\n`);
  if (m.type === 'text') return;
  choices =
    m.type === 'buttons'
      ? m.buttons.map((b) => ({ ...b, kind: 'button_reply' as const }))
      : m.rows.map((r) => ({ id: r.id, title: r.title, kind: 'list_reply' as const }));
  if (m.type === 'list') process.stdout.write(`   ☰ ${m.button}\n`);
  const lines =
    m.type === 'buttons'
      ? m.buttons.map((b) => b.title)
      : m.rows.map((r) => `${r.title}${r.description ? ` — ${r.description}` : ''}`);
  lines.forEach((line, i) => process.stdout.write(`   [${i + 1}] ${line}\n`));
}

async function send(line: string) {
  const n = /^\d{1,2}$/.test(line) ? Number(line) : 0;
  const choice = choices[n - 1];
  const message: SimulatedMessage = { waId, name: values.name, ...(choice ? { choice } : { text: line }) };
  const body = JSON.stringify(simulatedDelivery(message));
  const res = await fetch(`${base}/v1/whatsapp/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(body, secret) },
    body,
  });
  if (res.status === 401)
    throw new Error('the webhook refused the signature: start the server with the same DATA_DIR / WHATSAPP_APP_SECRET');
  if (!res.ok) process.stdout.write(`   (the webhook answered ${res.status})\n`);
  const result = await outbox();
  cursor = result.cursor;
  result.replies.forEach(show);
}

async function main() {
  try {
    cursor = (await outbox()).cursor;
  } catch (error) {
    process.stderr.write(
      `psybook chat: cannot reach ${base}: ${(error as Error).message}\nStart the server first with \`npm start\`.\n`,
    );
    process.exit(1);
  }
  process.stdout.write(
    `Chatting as WhatsApp user ${waId} (${values.name}) with ${base}.\nType a message ("Hola", "Hi"), a number to tap that choice, or Ctrl+D to quit.\n`,
  );
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '\n> ' });
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text) {
      try {
        await send(text);
      } catch (error) {
        process.stderr.write(`psybook chat: ${(error as Error).message}\n`);
      }
    }
    rl.prompt();
  }
}

await main();
