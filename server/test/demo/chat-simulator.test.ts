import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopback } from '../../src/demo/chat-access.js';
import { startTestApp, type TestApp } from '@psybook/testkit/app';
import { ENGINES } from '@psybook/testkit/engines';
import { MONDAY_8AM, seedClinic } from '../whatsapp/support/app.js';
import { postRaw, simulatedDelivery } from '../whatsapp/support/webhook.js';

interface SendResult {
  webhookStatus: number;
  replies: {
    seq: number;
    to: string;
    message: { type: string; body: string; rows?: { id: string; title: string }[] };
  }[];
}

describe.each(ENGINES)('chat simulator without WhatsApp credentials on %s', (engine) => {
  let app: TestApp;
  let dataDir: string;
  // One browser: its cookie comes back on every request, as a browser's would.
  let cookie = '';
  const send = async (body: unknown, as = cookie) => {
    const res = await fetch(`${app.url}/chat/api/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(as ? { cookie: as } : {}) },
      body: JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set && as === cookie) cookie = set.split(';')[0]!;
    return { status: res.status, body: (await res.json()) as SendResult & { errors?: { field: string }[] } };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'psybook-chat-'));
    app = await startTestApp(engine, {
      now: () => MONDAY_8AM,
      env: { DATA_DIR: dataDir, CLINIC_TIMEZONE: 'Europe/Madrid' },
    });
    await seedClinic(app.db);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the page with its script and styles as files, under a CSP without inline code', async () => {
    const page = await fetch(`${app.url}/chat/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/chat/chat.js"></script>');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|\sstyle=|\son[a-z]+=/i);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect((await fetch(`${app.url}/chat/chat.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${app.url}/chat/chat.css`)).headers.get('content-type')).toMatch(/css/);
  });

  it('chats through the signed webhook and shows the replies from the outbox', async () => {
    const first = await send({ waId: '34611000001', name: 'Ana García', text: 'Hola (ref: sim_session_1)' });
    expect(first.status).toBe(200);
    expect(first.body.webhookStatus).toBe(200);
    expect(first.body.replies.map((r) => r.message.type)).toEqual(['text', 'list']);
    const lucia = first.body.replies[1]!.message.rows!.find((r) => r.title.startsWith('Lucía'))!;
    const second = await send({
      waId: '34611000001',
      choice: { kind: 'list_reply', id: lucia.id, title: lucia.title },
    });
    expect(second.body.replies).toHaveLength(1);
    expect(second.body.replies[0]!.message.body).toMatch(/Lucía Fernández/);
    const outbox = (await (
      await fetch(`${app.url}/chat/api/outbox?waId=34611000001&after=0`, { headers: { cookie } })
    ).json()) as SendResult;
    expect(outbox.replies).toHaveLength(3);
  });

  it("shows a conversation only to the browser that started it (hardening 3: anyone's replies by waId)", async () => {
    const other = 'psybook_chat=another-browser-token-of-at-least-32-chars';
    const outbox = await fetch(`${app.url}/chat/api/outbox?waId=34611000001&after=0`, { headers: { cookie: other } });
    expect(outbox.status).toBe(403);
    const anonymous = await fetch(`${app.url}/chat/api/outbox?waId=34611000001&after=0`);
    expect(anonymous.status).toBe(403);
    const impersonate = await send({ waId: '34611000001', text: 'mis citas' }, other);
    expect(impersonate.status).toBe(403);
    // Asking first for an id nobody chatted with from a browser claims nothing.
    const unclaimed = await fetch(`${app.url}/chat/api/outbox?waId=34611000099&after=0`, {
      headers: { cookie: other },
    });
    expect(unclaimed.status).toBe(403);
  });

  it('keeps checking signatures with a local secret of its own (mode 0600 in DATA_DIR)', async () => {
    expect(statSync(join(dataDir, 'whatsapp-app-secret')).mode & 0o777).toBe(0o600);
    const body = JSON.stringify(simulatedDelivery({ waId: '34611000002', text: 'Hola' }));
    expect((await postRaw(app.url, body, undefined)).status).toBe(401);
  });

  it('refuses a bad simulator request with 400 naming the field', async () => {
    const bad = await send({ waId: '+34 611', text: 'Hola' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'body.waId' })]);
    const neither = await send({ waId: '34611000003' });
    expect(neither.status).toBe(400);
  });

  it('lets a person chat from the terminal with `npm run chat`', async () => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'server/src/cli/chat.ts', '--url', app.url, '--wa-id', '34611000004'],
      {
        env: { ...process.env, DATA_DIR: dataDir },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stdin.end('Hola\n1\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(out).toContain('🤖 ¡Hola! 👋');
    expect(out).toContain('[1] Lucía Fernández');
    expect(out).toMatch(
      /¿Qué día te viene bien para la cita con Lucía Fernández\?\n\s+☰ Ver días\n\s+\[1\] lun 30 nov/,
    );
    expect(code).toBe(0);
  });
});

describe('chat simulator with WhatsApp credentials', () => {
  it('is not served: replies go to Meta', async () => {
    const app = await startTestApp('pglite', {
      env: { WHATSAPP_APP_SECRET: 's', WHATSAPP_ACCESS_TOKEN: 't', WHATSAPP_PHONE_NUMBER_ID: '1' },
    });
    try {
      expect((await fetch(`${app.url}/chat/`)).status).toBe(404);
      expect((await fetch(`${app.url}/chat/api/send`, { method: 'POST' })).status).toBe(404);
    } finally {
      await app.close();
    }
  });
});

describe('the simulator answers only clients on this machine (hardening 3)', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.7', false],
    ['::ffff:192.168.1.4', false],
    ['2001:db8::1', false],
    [undefined, false],
  ])('%s is loopback: %s', (address, loopback) => {
    expect(isLoopback(address)).toBe(loopback);
  });
});
