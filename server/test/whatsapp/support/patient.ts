import { expect, vi } from 'vitest';
import type { GraphMock, GraphRequest } from './graph-mock.js';
import { limitViolations } from './graph-mock.js';
import { postSigned, simulatedDelivery, type simulatedMessage } from './webhook.js';

export interface Choice {
  id: string;
  title: string;
  description?: string;
  kind: 'button_reply' | 'list_reply';
}

/** The options of an interactive reply, as the patient sees them. */
export function choicesOf(request: GraphRequest): Choice[] {
  const i = request.body.interactive;
  if (!i) return [];
  if (i.type === 'button') return (i.action.buttons ?? []).map((b) => ({ ...b.reply, kind: 'button_reply' }));
  return (i.action.sections ?? []).flatMap((s) => s.rows.map((r) => ({ ...r, kind: 'list_reply' as const })));
}

export const textOf = (request: GraphRequest) => request.body.text?.body ?? request.body.interactive?.body.text ?? '';

/**
 * A patient chatting through signed webhooks. Each call waits for exactly the replies the
 * test expects (`replies`), checks each against Meta's limits, and returns them.
 */
export class Patient {
  private seen = 0;
  last: GraphRequest[] = [];
  constructor(
    private readonly url: string,
    private readonly graph: GraphMock,
    readonly waId: string,
    readonly name?: string,
  ) {}

  private async deliver(message: Parameters<typeof simulatedMessage>[0], replies: number) {
    const res = await postSigned(this.url, simulatedDelivery(message));
    expect(res.status).toBe(200);
    return this.expectReplies(replies);
  }

  async expectReplies(replies: number): Promise<GraphRequest[]> {
    await vi.waitFor(() => expect(this.graph.to(this.waId).length).toBeGreaterThanOrEqual(this.seen + replies), {
      timeout: 10_000,
    });
    const all = this.graph.to(this.waId);
    this.last = all.slice(this.seen);
    this.seen = all.length;
    expect(this.last).toHaveLength(replies);
    for (const request of this.last) expect(limitViolations(request)).toEqual([]);
    return this.last;
  }

  say(text: string, replies = 1) {
    return this.deliver({ waId: this.waId, name: this.name, text }, replies);
  }

  /** Taps the option whose title contains `title` in the latest interactive reply. */
  tap(title: string | RegExp, replies = 1, from: GraphRequest[] = this.last) {
    return this.deliver(this.tapMessage(title, from), replies);
  }

  /** The webhook message for a tap, to deliver by hand (twice, concurrently…). */
  tapMessage(title: string | RegExp, from: GraphRequest[] = this.last, id?: string) {
    return { waId: this.waId, name: this.name, choice: this.find(title, from), ...(id ? { id } : {}) };
  }

  find(title: string | RegExp, from: GraphRequest[] = this.last): Choice {
    const choices = from.flatMap(choicesOf);
    const choice = choices.find((c) => (typeof title === 'string' ? c.title.includes(title) : title.test(c.title)));
    if (!choice) throw new Error(`no option "${String(title)}" in ${JSON.stringify(choices.map((c) => c.title))}`);
    return choice;
  }

  /** The latest reply's options' titles. */
  titles(): string[] {
    return this.last.flatMap(choicesOf).map((c) => c.title);
  }

  text(): string {
    return this.last.map(textOf).join('\n');
  }
}
