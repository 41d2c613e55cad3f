import type { Credentials } from './session.js';

/** The console's events, named like the widget's (`psybook:…`). */
export interface PsybookAdminEventMap {
  /** The API accepted the credentials the person gave (`detail`: a token or a supabase-js client). */
  'psybook:signed-in': CustomEvent<Credentials>;
}

declare global {
  // Declaration merging needs an interface that only extends.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends PsybookAdminEventMap {}
}

/** Dispatches one of our events so it crosses shadow roots and bubbles to the console. */
export function emit<K extends keyof PsybookAdminEventMap>(
  target: EventTarget,
  type: K,
  detail: PsybookAdminEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
