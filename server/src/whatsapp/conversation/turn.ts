import type { Config } from '../../platform/config.js';
import type { Queryable } from '../../platform/db/types.js';
import { stringsFor, type Strings } from '../i18n/index.js';
import { fit, LIMITS } from '../limits.js';
import type { Chat, Step } from '../state.js';
import type { Outbound } from '../types.js';

/** An answer to the current step: an option of its latest prompt, or free text. */
export type Answer = { kind: 'option'; value: string } | { kind: 'text'; text: string };

/** Everything a step needs while handling one message, inside its transaction. */
export interface Turn {
  tx: Queryable;
  config: Config;
  now: Date;
  /** The sender's wa_id, replies go here. */
  waId: string;
  /** The sender's phone in E.164, as the patient record stores it. */
  phone: string;
  chat: Chat;
  out: Outbound[];
  /** Moves to `step`: sends its prompt and logs the funnel step. */
  goTo(step: Step, data?: { errorCode?: string }): Promise<void>;
  /** Starts a booking from the top (a new chat if this one is finished). */
  restart(): Promise<void>;
}

export interface StepHandler {
  /** Asks this step's question. */
  prompt(turn: Turn): Promise<void>;
  /** Handles an answer; false when it did not fit, so the engine re-asks with help. */
  answer(turn: Turn, answer: Answer): Promise<boolean>;
}

export const stringsOf = (turn: Turn): Strings => stringsFor(turn.chat.context.lang);

export function say(turn: Turn, body: string): void {
  turn.out.push({ type: 'text', body });
}

export interface Option {
  value: string;
  title: string;
  description?: string | undefined;
}

// Option ids carry the chat and prompt they belong to: "<chat>.<prompt>|<value>".
function nextPrompt(turn: Turn, options: Option[]): (value: string) => string {
  const context = turn.chat.context;
  context.prompt += 1;
  context.options = options.map((o) => o.value);
  const prefix = `${turn.chat.id}.${context.prompt}|`;
  return (value) => prefix + value;
}

/** The option value of a tapped id, or undefined when the tap belongs to an older prompt. */
export function currentOptionValue(turn: Turn, id: string): string | undefined {
  const match = /^(\d+)\.(\d+)\|(.+)$/.exec(id);
  if (!match || Number(match[1]) !== turn.chat.id || Number(match[2]) !== turn.chat.context.prompt) return undefined;
  return match[3];
}

/** A question without options: typed numbers no longer refer to an earlier list. */
export function askText(turn: Turn, body: string): void {
  nextPrompt(turn, []);
  say(turn, body);
}

export function askButtons(turn: Turn, body: string, options: Option[]): void {
  const id = nextPrompt(turn, options);
  turn.out.push({
    type: 'buttons',
    body: fit(body, LIMITS.interactiveBody),
    buttons: options
      .slice(0, LIMITS.buttons)
      .map((o) => ({ id: id(o.value), title: fit(o.title, LIMITS.buttonTitle) })),
  });
}

export function askList(turn: Turn, body: string, button: string, options: Option[]): void {
  const id = nextPrompt(turn, options);
  turn.out.push({
    type: 'list',
    body: fit(body, LIMITS.interactiveBody),
    button: fit(button, LIMITS.listButton),
    rows: options.slice(0, LIMITS.listRows).map((o) => ({
      id: id(o.value),
      title: fit(o.title, LIMITS.rowTitle),
      ...(o.description ? { description: fit(o.description, LIMITS.rowDescription) } : {}),
    })),
  });
}

/**
 * One page of a list: everything when it fits in 10 rows, else 9 items and a "more" row
 * (which wraps around to the first page at the end).
 */
export function paginate<T>(turn: Turn, items: T[], toOption: (item: T) => Option): Option[] {
  if (items.length <= LIMITS.listRows) return items.map(toOption);
  const size = LIMITS.listRows - 1;
  const pages = Math.ceil(items.length / size);
  const page = (turn.chat.context.page ?? 0) % pages;
  const t = stringsOf(turn);
  return [
    ...items.slice(page * size, page * size + size).map(toOption),
    { value: 'more', title: t.more, description: t.moreDescription },
  ];
}

/** "more" was chosen: the next page of the same question. */
export async function nextPage(turn: Turn, step: StepHandler): Promise<true> {
  turn.chat.context.page = (turn.chat.context.page ?? 0) + 1;
  await step.prompt(turn);
  return true;
}
