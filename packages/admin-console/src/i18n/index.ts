import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type MessageKey, type Messages } from './en.js';
import { es } from './es.js';

/** Languages the console speaks; add one by adding a file with the same keys. */
export const LANGUAGES = { en, es } as const;
export type Lang = keyof typeof LANGUAGES;
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

const STORAGE_KEY = 'psybook-admin-lang';
const changes = new EventTarget();

function initialLang(): Lang {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved && saved in LANGUAGES) return saved as Lang;
  return globalThis.navigator?.language?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

let current: Lang = initialLang();

export const currentLang = (): Lang => current;

/** Switches every element's language at once and remembers the choice. */
export function setLang(lang: Lang): void {
  current = lang;
  globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  changes.dispatchEvent(new Event('change'));
}

/** A message in the current language with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const messages: Messages = LANGUAGES[current];
  return messages[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Re-renders its host when the language changes. */
export class LocaleController implements ReactiveController {
  private readonly onChange = () => this.host.requestUpdate();
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected() {
    changes.addEventListener('change', this.onChange);
  }
  hostDisconnected() {
    changes.removeEventListener('change', this.onChange);
  }
}
