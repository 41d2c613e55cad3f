import { randomUUID } from 'node:crypto';
import type { Config } from '../../platform/config.js';
import type { Queryable } from '../../platform/db/types.js';
import { isMyAppointments, isRestart, optionNumber } from '../answers.js';
import { detectLanguage, languageOfCountry, languageRequest } from '../i18n/index.js';
import { waIdToE164 } from '../phone.js';
import { parseChatRef, withoutRef } from '../ref.js';
import type { Chat, ChatContext, Step } from '../state.js';
import { abandonChat, claimMessage, createChat, latestChat, saveState } from '../store/chats.js';
import { recordChatEvent } from '../store/metrics.js';
import type { InboundMessage, Lang, Outbound } from '../types.js';
import { STEP_HANDLERS } from './steps/index.js';
import { currentOptionValue, say, stringsOf, type Answer, type Turn } from './turn.js';

/**
 * The bot's steps that are logged as a `chat_step` metric when entered (the contract's
 * FUNNEL_STEPS are event types per arm; these are the conversation's own states).
 */
const LOGGED_STEPS = new Set<Step>(['psychologist', 'day', 'time', 'name', 'name_typed', 'confirm']);
const SILENT_TYPES = new Set(['reaction', 'system', 'request_welcome']);

export interface EngineOptions {
  config: Config;
  now: Date;
}

function textOf(message: InboundMessage): string {
  return message.content.kind === 'text' ? message.content.text : '';
}

function newContext(message: InboundMessage, config: Config, now: Date, previous?: ChatContext): ChatContext {
  const text = textOf(message);
  const fallback: Lang = languageOfCountry(config.DEFAULT_COUNTRY) ?? 'en';
  // The reference code is optional and untrusted: it only names the metrics session.
  const ref = previous ? undefined : parseChatRef(text);
  return {
    lang: previous?.lang ?? detectLanguage(withoutRef(text), message.from, fallback),
    prompt: 0,
    options: [],
    sessionId: ref ?? `wa_${randomUUID()}`,
    attributed: Boolean(ref),
    startedAt: now.toISOString(),
    ...(message.profileName
      ? { profileName: message.profileName }
      : previous?.profileName
        ? { profileName: previous.profileName }
        : {}),
  };
}

async function openChat(tx: Queryable, message: InboundMessage, options: EngineOptions): Promise<Chat> {
  const { config, now } = options;
  const latest = await latestChat(tx, message.from, now, config.CHAT_IDLE_MINUTES);
  if (latest && !latest.idle && latest.status !== 'abandoned') {
    if (message.profileName) latest.context.profileName = message.profileName;
    return { ...latest, isNew: false };
  }
  // Idle but not yet swept: end it here, exactly once (the update decides), then start afresh.
  if (latest?.status === 'active' && (await abandonChat(tx, latest.id))) {
    await recordChatEvent(tx, latest.context, 'chat_abandoned', now, { data: { step: latest.step } });
  }
  return startChat(tx, message, options);
}

async function startChat(
  tx: Queryable,
  message: InboundMessage,
  options: EngineOptions,
  previous?: ChatContext,
): Promise<Chat> {
  const context = newContext(message, options.config, options.now, previous);
  const chat = await createChat(tx, message.from, 'psychologist', context, options.now);
  await recordChatEvent(tx, context, 'chat_started', options.now, {
    data: { source: context.attributed ? 'ref' : 'direct' },
  });
  return chat;
}

function makeTurn(tx: Queryable, message: InboundMessage, options: EngineOptions, chat: Chat): Turn {
  const turn: Turn = {
    tx,
    config: options.config,
    now: options.now,
    waId: message.from,
    phone: waIdToE164(message.from),
    chat,
    out: [],
    async goTo(step, data) {
      turn.chat.step = step;
      await STEP_HANDLERS[step].prompt(turn);
      // A prompt may move on by itself (one psychologist only): log only where the chat stopped.
      if (turn.chat.step === step && LOGGED_STEPS.has(step)) {
        await recordChatEvent(tx, turn.chat.context, 'chat_step', options.now, { data: { step, ...data } });
      }
    },
    async restart() {
      if (turn.chat.status !== 'active') {
        turn.chat = await startChat(tx, message, options, turn.chat.context);
      } else {
        const { lang, prompt, sessionId, attributed, startedAt, profileName } = turn.chat.context;
        turn.chat.context = {
          lang,
          prompt,
          options: [],
          sessionId,
          attributed,
          startedAt,
          ...(profileName ? { profileName } : {}),
        };
      }
      await turn.goTo('psychologist');
    },
  };
  return turn;
}

/** What the message means at this point: an answer to the step, or a command handled here. */
async function dispatch(turn: Turn, message: InboundMessage): Promise<void> {
  const t = () => stringsOf(turn);
  const content = message.content;
  if (content.kind === 'unsupported') return say(turn, t().unsupported);
  let answer: Answer;
  if (content.kind === 'choice') {
    const value = currentOptionValue(turn, content.id);
    if (value === undefined) return say(turn, t().outdatedTap);
    if (value === 'restart') return turn.restart();
    answer = { kind: 'option', value };
  } else {
    const lang = languageRequest(content.text);
    if (lang) {
      turn.chat.context.lang = lang;
      return STEP_HANDLERS[turn.chat.step].prompt(turn);
    }
    if (isRestart(content.text)) {
      say(turn, t().restarted);
      return turn.restart();
    }
    if (isMyAppointments(content.text)) return turn.goTo('appointments');
    const n = optionNumber(content.text);
    const value = n === undefined ? undefined : turn.chat.context.options[n - 1];
    answer = value === undefined ? { kind: 'text', text: content.text } : { kind: 'option', value };
  }
  const handler = STEP_HANDLERS[turn.chat.step];
  if (await handler.answer(turn, answer)) return;
  say(turn, `${t().notUnderstood} ${t().helpFooter}`);
  await handler.prompt(turn);
}

/**
 * Handles one inbound message inside the caller's transaction: once per message id, one
 * message per sender at a time. Returns the replies to send after commit, or undefined when the
 * message was handled before (a redelivery).
 */
export async function handleMessage(
  tx: Queryable,
  message: InboundMessage,
  options: EngineOptions,
): Promise<Outbound[] | undefined> {
  if (!(await claimMessage(tx, message.id, message.from))) return undefined;
  // A reaction to one of our messages (or a system notice) asks for no answer.
  if (message.content.kind === 'unsupported' && SILENT_TYPES.has(message.content.type)) return [];
  const chat = await openChat(tx, message, options);
  const turn = makeTurn(tx, message, options, chat);
  if (chat.isNew) {
    say(turn, stringsOf(turn).welcome(options.config.CLINIC_NAME));
    if (message.content.kind === 'text' && isMyAppointments(message.content.text)) await turn.goTo('appointments');
    else await turn.goTo('psychologist');
  } else {
    await dispatch(turn, message);
  }
  await saveState(tx, turn.chat, options.now);
  return turn.out;
}
