import type { Lang } from './types.js';

/** Conversation steps, stored in `session_states.current_step`. */
export const STEPS = [
  'psychologist',
  'day',
  'time',
  'name',
  'name_typed',
  'confirm',
  'booked',
  'appointments',
  'cancel_confirm',
] as const;
export type Step = (typeof STEPS)[number];

/** Conversation context, stored in `session_states.context` (JSONB). No message texts. */
export interface ChatContext {
  lang: Lang;
  /** Increases with every prompt; option ids carry it, so a tap on an older prompt is recognised. */
  prompt: number;
  /** The latest prompt's option values in order, so a typed "2" means the second. */
  options: string[];
  /** The metrics session: the web visit's id from the reference code, or one of the chat's own. */
  sessionId: string;
  /** Whether `sessionId` came from a click-to-chat reference code. */
  attributed: boolean;
  /** When the chat started (ISO), for metrics' time_taken. */
  startedAt: string;
  profileName?: string;
  psychologistId?: number;
  psychologistName?: string;
  date?: string;
  startTime?: string;
  /** Page of the current list (days, times, psychologists), from 0. */
  page?: number;
  /** Times listed across days from `date` on (after a slot was taken), not one day's. */
  acrossDays?: boolean;
  firstName?: string;
  lastName?: string;
  cancelId?: number;
}

export type ChatStatus = 'active' | 'completed' | 'abandoned';

export interface Chat {
  id: number;
  status: ChatStatus;
  step: Step;
  context: ChatContext;
  /** Set when this message opened the chat. */
  isNew: boolean;
}
