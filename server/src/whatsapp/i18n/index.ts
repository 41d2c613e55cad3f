import type { Lang } from '../types.js';
import { en } from './en.js';
import { es } from './es.js';
import type { Strings } from './strings.js';

const STRINGS: Record<Lang, Strings> = { es, en };

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}

const SPANISH = /[ñ¿¡áéíóú]|\b(hola|buen[oa]s|quiero|quisiera|cita|reservar|gracias|por favor|mañana|sí)\b/i;
const ENGLISH = /\b(hi|hello|hey|book|booking|appointment|please|thanks|want|would|like|session)\b/i;
/** Country calling codes where patients most likely write Spanish. */
const SPANISH_PREFIXES = [
  '34',
  '52',
  '54',
  '56',
  '57',
  '51',
  '58',
  '593',
  '591',
  '595',
  '598',
  '502',
  '503',
  '504',
  '505',
  '506',
  '507',
  '53',
  '1809',
  '1829',
  '1849',
];

/**
 * The patient's language from their first message; without a clue in the text, from their
 * number's country (the only locale hint a webhook carries), else the clinic's default.
 */
export function detectLanguage(text: string, waId: string, fallback: Lang): Lang {
  const spanish = SPANISH.test(text);
  const english = ENGLISH.test(text);
  if (spanish !== english) return spanish ? 'es' : 'en';
  if (SPANISH_PREFIXES.some((prefix) => waId.startsWith(prefix))) return 'es';
  if (/^(1|44|61|64|353|27)/.test(waId)) return 'en';
  return fallback;
}

/** A switch of language asked for by name ("English", "español"…), or undefined. */
export function languageRequest(text: string): Lang | undefined {
  const word = text.trim().toLowerCase();
  if (['english', 'inglés', 'ingles', 'en'].includes(word)) return 'en';
  if (['español', 'espanol', 'spanish', 'castellano', 'es'].includes(word)) return 'es';
  return undefined;
}

const utcDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

/** "lun, 30 nov" / "Mon 30 Nov": fits a list row title. */
export function shortDay(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(stringsFor(lang).locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  })
    .format(utcDate(date))
    .replace(',', '');
}

/** "lunes, 30 de noviembre" / "Monday 30 November". */
export function longDay(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(stringsFor(lang).locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  })
    .format(utcDate(date))
    .replace(',', '');
}

export type { Strings };
