import { en, type Strings } from './en.js';
import { es } from './es.js';

/** Languages the console speaks; add one by adding a file and a line here. */
export const STRINGS = { en, es } satisfies Record<string, Strings>;
export type Lang = keyof typeof STRINGS;
export type { Strings };
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

const isLang = (value: string | null | undefined): value is Lang => !!value && Object.hasOwn(STRINGS, value);

const primary = (tag: string | null | undefined) => tag?.toLowerCase().split('-')[0];

/** The first of the browser's languages that we speak, else English. */
function browserLang(): Lang {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const lang = primary(tag);
    if (isLang(lang)) return lang;
  }
  return 'en';
}

/**
 * The language to speak: the element's own `lang` when it names one we have, else the page's
 * (inside a shadow root, `<html lang>`, which the language select sets), else the browser's,
 * else English.
 */
export function resolveLang(requested: string | null | undefined, host: Element): Lang {
  const own = primary(requested);
  if (isLang(own)) return own;
  const page = primary((host.parentElement?.closest('[lang]') ?? document.documentElement).getAttribute('lang'));
  return isLang(page) ? page : browserLang();
}

const STORAGE_KEY = 'psybook-admin-lang';

/** The language this person chose here before, else their browser's. */
export function preferredLang(): Lang {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  return isLang(saved) ? saved : browserLang();
}

/**
 * Switches the whole console and remembers the choice: every element's `LocalizeController`
 * follows `<html lang>`.
 */
export function setLang(lang: Lang): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}
