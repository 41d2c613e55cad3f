import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES } from '@psybook/testkit/engines';
import { mockGraph, useWhatsappApp } from './support/suite.js';
import { Patient, textOf } from './support/patient.js';
import {
  postRaw,
  postSigned,
  sign,
  simulatedDelivery,
  simulatedMessage,
  TEST_VERIFY_TOKEN,
} from './support/webhook.js';

/** How Meta's signer writes non-ASCII: lowercase \uXXXX per UTF-16 unit (emoji as a pair). */
const metaEscape = (text: string) =>
  text.replace(/[^ -~\t\n\r]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const graph = mockGraph();

describe.each(ENGINES)('WhatsApp webhook on %s', (engine) => {
  const s = useWhatsappApp(engine, graph);
  const count = async (table: string) =>
    (await s.app.db.owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;

  afterEach(() => {
    // Nothing personal in any log line: no phone, no profile name, no message text.
    const logs = JSON.stringify(s.app.logs);
    for (const secret of ['34600', 'García', 'Mañana', 'quiero']) expect(logs).not.toContain(secret);
  });

  it('answers the verify handshake with the challenge, and 403 for a wrong or missing token', async () => {
    const url = (token: string, mode = 'subscribe') =>
      `${s.app.url}/v1/whatsapp/webhook?hub.mode=${mode}&hub.verify_token=${encodeURIComponent(token)}&hub.challenge=1158201444`;
    const ok = await fetch(url(TEST_VERIFY_TOKEN));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(url('nope'));
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ code: 'forbidden' });
    expect((await fetch(url(TEST_VERIFY_TOKEN, 'unsubscribe'))).status).toBe(403);
    expect((await fetch(`${s.app.url}/v1/whatsapp/webhook`)).status).toBe(403);
  });

  it('refuses a missing, wrong or stale signature with 401 and stores nothing', async () => {
    const body = JSON.stringify(simulatedDelivery({ waId: '34600999001', text: 'Hola' }));
    const missing = await postRaw(s.app.url, body, undefined);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ code: 'invalid_signature' });
    expect((await postRaw(s.app.url, body, sign(body, 'another-secret'))).status).toBe(401);
    expect((await postRaw(s.app.url, body, 'sha256=zz')).status).toBe(401);
    // Signed, then altered in transit.
    expect((await postRaw(s.app.url, body.replace('Hola', 'Hole'), sign(body))).status).toBe(401);
    expect(await count('psybook_private.whatsapp_processed_messages')).toBe(0);
    expect(await count('chat_sessions')).toBe(0);
  });

  it("accepts bodies with accents, ñ, emoji and '/' signed over the raw bytes or Meta's escaped form", async () => {
    const text = 'Mañana quiero cita 😊 con la Dra/psicóloga ¿sí?';
    const asSent = JSON.stringify(simulatedDelivery({ waId: '34600999002', name: 'José Núñez', text }));
    const escapedSigned = await postRaw(s.app.url, asSent, sign(metaEscape(asSent)));
    expect(escapedSigned.status).toBe(200);

    const second = JSON.stringify(simulatedDelivery({ waId: '34600999003', name: 'José Núñez', text })).replaceAll(
      '/',
      '\\/',
    );
    expect(second).toContain('Dra\\/psic');
    expect((await postRaw(s.app.url, second, sign(second))).status).toBe(200);

    // Meta's own form: all ASCII with \u escapes, signed as sent.
    const ascii = metaEscape(JSON.stringify(simulatedDelivery({ waId: '34600999004', name: 'José', text })));
    expect((await postRaw(s.app.url, ascii, sign(ascii))).status).toBe(200);
    expect(await count('chat_sessions')).toBe(3);
  });

  it('refuses signed bodies that are not JSON or not a delivery with 400', async () => {
    const notJson = 'not json';
    const res = await postRaw(s.app.url, notJson, sign(notJson));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'body' }] });
    const wrongShape = JSON.stringify({ object: 'whatsapp_business_account', entry: 'x' });
    const shape = await postRaw(s.app.url, wrongShape, sign(wrongShape));
    expect(shape.status).toBe(400);
    expect(await shape.json()).toMatchObject({ errors: [{ field: 'body.entry' }] });
  });

  it('acknowledges status updates without touching chats', async () => {
    const before = await count('chat_sessions');
    const delivery = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: {},
                statuses: [
                  { id: 'wamid.out.9', status: 'read', timestamp: '1764486000', recipient_id: '34600999005' },
                  {
                    id: 'wamid.out.10',
                    status: 'failed',
                    timestamp: '1764486000',
                    recipient_id: '34600999005',
                    errors: [{ code: 131047, title: 'Re-engagement message' }],
                  },
                ],
              },
            },
          ],
        },
      ],
    };
    const res = await postSigned(s.app.url, delivery);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ statuses: 2, messages: 0 });
    expect(await count('chat_sessions')).toBe(before);
    expect(s.app.logs.some((l) => l['reason'] === 'outside_24h_window' && l['code'] === 131047)).toBe(true);
  });

  it('answers images, stickers and unsupported messages politely, and reactions not at all', async () => {
    const patient = new Patient(s.app.url, graph, '34600999006');
    await patient.say('Hola', 2);
    // A reaction to one of our messages needs no answer; it is still recorded as handled.
    const reaction = {
      ...simulatedMessage({ waId: patient.waId }),
      type: 'reaction',
      reaction: { message_id: 'wamid.out.1', emoji: '👍' },
    };
    delete (reaction as Record<string, unknown>)['text'];
    expect(
      await (await postSigned(s.app.url, simulatedDelivery({ waId: patient.waId }, [reaction]))).json(),
    ).toMatchObject({ messages: 1 });
    const image = {
      ...simulatedMessage({ waId: patient.waId }),
      type: 'image',
      image: { id: 'media-1', mime_type: 'image/jpeg' },
    };
    delete (image as Record<string, unknown>)['text'];
    expect((await postSigned(s.app.url, simulatedDelivery({ waId: patient.waId }, [image]))).status).toBe(200);
    const [reply] = await patient.expectReplies(1);
    expect(textOf(reply!)).toMatch(/solo entiendo texto/);
  });

  it('handles every message of a delivery, each sender in order', async () => {
    const a = new Patient(s.app.url, graph, '34600999007');
    const b = new Patient(s.app.url, graph, '447700999008');
    const t = 1764486000;
    const delivery = simulatedDelivery({ waId: a.waId }, [
      simulatedMessage({ waId: b.waId, text: 'Hi, I want to book', timestamp: t + 1 }),
      simulatedMessage({ waId: a.waId, text: 'Hola', timestamp: t }),
      simulatedMessage({ waId: a.waId, text: 'menú', timestamp: t + 2 }),
    ]);
    const res = await postSigned(s.app.url, delivery);
    expect(await res.json()).toMatchObject({ messages: 3, duplicates: 0 });
    const replies = await a.expectReplies(4);
    expect(textOf(replies[0]!)).toMatch(/Hola/);
    expect(textOf(replies[2]!)).toMatch(/empezamos de nuevo/);
    expect(textOf((await b.expectReplies(2))[0]!)).toMatch(/^Hi!/);
  });

  it('handles a redelivered message once, also when both copies arrive at the same time', async () => {
    const patient = new Patient(s.app.url, graph, '34600999009');
    const delivery = simulatedDelivery({ waId: patient.waId, text: 'Hola', id: 'wamid.dup-1' });
    const [first, second] = await Promise.all([postSigned(s.app.url, delivery), postSigned(s.app.url, delivery)]);
    const reports = [await first.json(), await second.json()] as { messages: number; duplicates: number }[];
    expect(reports.map((r) => r.messages).sort()).toEqual([0, 1]);
    expect((await (await postSigned(s.app.url, delivery)).json()) as object).toMatchObject({
      messages: 0,
      duplicates: 1,
    });
    await patient.expectReplies(2);
    const rows = await s.app.db.owner.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM chat_sessions WHERE whatsapp_id = '34600999009'",
    );
    expect(rows.rows[0]!.n).toBe(1);
    expect(await count("psybook_private.whatsapp_processed_messages WHERE wamid = 'wamid.dup-1'")).toBe(1);
  });
});
