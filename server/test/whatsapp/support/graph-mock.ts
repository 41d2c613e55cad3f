import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

export const GRAPH_URL = 'https://graph.test/v21.0';
export const PHONE_NUMBER_ID = '1098765432';

/** One Cloud API request the bot made, as Meta would receive it. */
export interface GraphRequest {
  to: string;
  body: {
    type: 'text' | 'interactive';
    text?: { body: string };
    interactive?: {
      type: 'button' | 'list';
      body: { text: string };
      action: {
        buttons?: { type: string; reply: { id: string; title: string } }[];
        button?: string;
        sections?: { rows: { id: string; title: string; description?: string }[] }[];
      };
    };
  } & Record<string, unknown>;
  authorization: string | null;
}

const length = (text: string) => [...text].length;

/**
 * Meta's limits, checked on the wire (independently of the bot's own limits module): ≤ 3
 * buttons with titles ≤ 20; ≤ 10 list rows in all, row title ≤ 24, description ≤ 72, list
 * button ≤ 20; body ≤ 1024 (interactive) or 4096 (text).
 */
export function limitViolations(request: GraphRequest): string[] {
  const v: string[] = [];
  const { body } = request;
  if (body['messaging_product'] !== 'whatsapp') v.push('messaging_product');
  if (body.type === 'text') {
    if (!body.text || length(body.text.body) > 4096 || !body.text.body.trim()) v.push('text body');
    return v;
  }
  const interactive = body.interactive;
  if (!interactive) return ['no interactive'];
  if (length(interactive.body.text) > 1024) v.push('body > 1024');
  if (interactive.type === 'button') {
    const buttons = interactive.action.buttons ?? [];
    if (buttons.length < 1 || buttons.length > 3) v.push(`${buttons.length} buttons`);
    for (const b of buttons) if (length(b.reply.title) > 20 || b.type !== 'reply') v.push(`button "${b.reply.title}"`);
    if (new Set(buttons.map((b) => b.reply.id)).size !== buttons.length) v.push('duplicate button ids');
  } else {
    const rows = (interactive.action.sections ?? []).flatMap((s) => s.rows);
    if (rows.length < 1 || rows.length > 10) v.push(`${rows.length} rows`);
    if (length(interactive.action.button ?? '') > 20 || !interactive.action.button) v.push('list button');
    for (const r of rows) {
      if (length(r.title) > 24) v.push(`row title "${r.title}"`);
      if (r.description !== undefined && length(r.description) > 72) v.push(`row description "${r.description}"`);
      if (length(r.id) > 200) v.push('row id > 200');
    }
    if (new Set(rows.map((r) => r.id)).size !== rows.length) v.push('duplicate row ids');
  }
  return v;
}

/**
 * A mock Cloud API (msw): records every send; `failWith` queues error answers (Meta's error
 * body with a code) for the next sends.
 */
export function createGraphMock() {
  const requests: GraphRequest[] = [];
  const failures: { status: number; code: number }[] = [];
  let counter = 0;
  const server = setupServer(
    http.post(`${GRAPH_URL}/:phoneNumberId/messages`, async ({ request, params }) => {
      if (params['phoneNumberId'] !== PHONE_NUMBER_ID)
        return HttpResponse.json({ error: { code: 100 } }, { status: 400 });
      const body = (await request.json()) as GraphRequest['body'];
      const failure = failures.shift();
      if (failure) {
        return HttpResponse.json(
          { error: { message: 'mock failure', type: 'OAuthException', code: failure.code, fbtrace_id: 'x' } },
          { status: failure.status },
        );
      }
      requests.push({ to: String(body['to']), body, authorization: request.headers.get('authorization') });
      counter += 1;
      return HttpResponse.json({
        messaging_product: 'whatsapp',
        contacts: [{ input: body['to'], wa_id: body['to'] }],
        messages: [{ id: `wamid.out.${counter}` }],
      });
    }),
  );
  return {
    server,
    requests,
    failWith: (...list: { status: number; code: number }[]) => failures.push(...list),
    /** Queued failures not yet answered. */
    pendingFailures: () => failures.length,
    to: (waId: string) => requests.filter((r) => r.to === waId),
  };
}
export type GraphMock = ReturnType<typeof createGraphMock>;
