import { en, type Strings } from './en.js';
import { es } from './es.js';

/** Languages the widget speaks; add one by adding a file and a line here. */
export const STRINGS = { en, es } satisfies Record<string, Strings>;
export type Lang = keyof typeof STRINGS;
export type { Strings };

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
 * (a Spanish clinic site gets a Spanish widget; inside a shadow root, `<html lang>`), else the
 * visitor's browser, else English.
 */
export function resolveLang(requested: string | null | undefined, host: Element): Lang {
  const own = primary(requested);
  if (isLang(own)) return own;
  const page = primary((host.parentElement?.closest('[lang]') ?? document.documentElement).getAttribute('lang'));
  return isLang(page) ? page : browserLang();
}
