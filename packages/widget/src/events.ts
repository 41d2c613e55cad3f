import type { Appointment, EntryMethod } from '@psybook/client-sdk';

/** The steps of the booking form, and the WhatsApp button's single step. */
export type Step = 'psychologist' | 'date' | 'time' | 'details' | 'review' | 'confirmed' | 'chat';

export interface VariantDetail {
  variant: EntryMethod;
  /** `attribute` when the page fixed it, `assigned` when the experiment chose it. */
  source: 'attribute' | 'assigned';
  sessionId: string;
}

export interface StepDetail {
  step: Step;
  sessionId: string;
  psychologistId?: number | undefined;
  date?: string | undefined;
  startTime?: string | undefined;
}

export interface BookedDetail {
  appointment: Appointment;
  /** Where the patient can view, move or cancel it. */
  manageUrl: string;
  sessionId: string;
}

export interface ErrorDetail {
  /** The API's stable code (`slot_taken`, `validation_failed` …), or `network_error` / `unknown`. */
  code: string;
  message: string;
  step: Step | 'loading';
  sessionId: string | undefined;
}

export interface ChatDetail {
  href: string;
  sessionId: string;
}

export interface PsybookEventMap {
  'psybook:variant': CustomEvent<VariantDetail>;
  'psybook:step': CustomEvent<StepDetail>;
  'psybook:booked': CustomEvent<BookedDetail>;
  'psybook:error': CustomEvent<ErrorDetail>;
  'psybook:chat': CustomEvent<ChatDetail>;
}

declare global {
  // Host pages get typed listeners: el.addEventListener('psybook:booked', (e) => e.detail.appointment).
  // Declaration merging needs an interface that only extends.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends PsybookEventMap {}
}

/** Dispatches one of our events so it crosses the shadow root and bubbles to the page. */
export function emit<K extends keyof PsybookEventMap>(
  target: EventTarget,
  type: K,
  detail: PsybookEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
