import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { waIdToE164 } from '../phone.js';
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
/** Countries (ISO 3166) where patients most likely write Spanish. */
const SPANISH_COUNTRIES = new Set([
  'ES',
  'MX',
  'AR',
  'CO',
  'CL',
  'PE',
  'VE',
  'EC',
  'GT',
  'CU',
  'BO',
  'DO',
  'HN',
  'PY',
  'SV',
  'NI',
  'CR',
  'PA',
  'UY',
]);
const ENGLISH_COUNTRIES = new Set(['US', 'CA', 'GB', 'AU', 'NZ', 'IE', 'ZA']);

/** The language a country's patients most likely write, where we can tell; the one rule for it. */
export function languageOfCountry(country: string | undefined): Lang | undefined {
  if (!country) return undefined;
  if (SPANISH_COUNTRIES.has(country)) return 'es';
  return ENGLISH_COUNTRIES.has(country) ? 'en' : undefined;
}

/** Where a calling code is shared (+1, +44, +61), the country most of its numbers belong to. */
const MAIN_COUNTRY_OF_CODE: Record<string, string> = { '1': 'US', '44': 'GB', '61': 'AU' };

/**
 * The country of a WhatsApp id (digits, no "+"), as libphonenumber-js reads its E.164 form; for
 * a number it cannot place (a shared code, an unknown range) the code's main country.
 */
function countryOfWaId(waId: string): string | undefined {
  const parsed = parsePhoneNumberFromString(waIdToE164(waId));
  return parsed?.country ?? (parsed ? MAIN_COUNTRY_OF_CODE[parsed.countryCallingCode] : undefined);
}

/**
 * The patient's language from their first message; without a clue in the text, from their
 * number's country (the only locale hint a webhook carries), else the clinic's default.
 */
export function detectLanguage(text: string, waId: string, fallback: Lang): Lang {
  const spanish = SPANISH.test(text);
  const english = ENGLISH.test(text);
  if (spanish !== english) return spanish ? 'es' : 'en';
  return languageOfCountry(countryOfWaId(waId)) ?? fallback;
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
