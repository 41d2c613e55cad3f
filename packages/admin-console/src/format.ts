import type { AbReport, EntryMethod } from '@psybook/client-sdk';
import type { Lang, Strings } from './i18n/index.js';

/** What formatting needs to know of an element's language: an element's `LocalizeController`. */
export interface Locale {
  readonly lang: Lang;
  readonly t: Strings;
}

const numberLocale = ({ lang }: Locale) => (lang === 'es' ? 'es-ES' : 'en-GB');

/** 0.1234 → "12.3%" (or "12,3 %" in Spanish). */
export const percent = (rate: number, locale: Locale) =>
  new Intl.NumberFormat(numberLocale(locale), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rate);

/** A duration in ms as "4 min 05 s" or "45 s". */
export function duration(ms: number | null, { t }: Locale): string {
  if (ms === null) return t.noBookings;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** A p-value as people read it: "p < 0.001", "p = 0.004", "p = 0.03", "p = 0.41". */
export function pValue(p: number, locale: Locale): string {
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(numberLocale(locale), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  if (p < 0.001) return `p < ${format(0.001, 3)}`;
  return `p = ${format(p, p < 0.01 ? 3 : 2)}`;
}

export const armName = (method: EntryMethod, { t }: Locale) => (method === 'web_form' ? t.webForm : t.clickToChat);

/** A day of the week by its number, 0 = Sunday as the API counts. */
export const dayName = (day: number, { t }: Locale) => t[`day_${day as 0 | 1 | 2 | 3 | 4 | 5 | 6}`];

/** The local calendar date, YYYY-MM-DD, `days` from today. */
export function isoDay(days = 0, from = new Date()): string {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * The report in one plain sentence: which way converts better, by how many points, and
 * whether the difference is likely real (p < 0.05) or could be chance.
 */
export function summarize(report: AbReport, locale: Locale): string {
  const { t } = locale;
  const web = report.arms.find((arm) => arm.entryMethod === 'web_form');
  const chat = report.arms.find((arm) => arm.entryMethod === 'click_to_chat');
  const { difference, pValue: p } = report.comparison;
  if (!web || !chat || difference === null) return t.summaryNone;
  if (difference === 0) return t.summaryEqual(percent(web.conversionRate, locale));
  const [leader, other] = difference > 0 ? [web, chat] : [chat, web];
  const verdict = {
    leader: armName(leader.entryMethod, locale),
    points: new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
      Math.abs(difference) * 100,
    ),
    a: percent(leader.conversionRate, locale),
    b: percent(other.conversionRate, locale),
    p: p === null ? 'p = —' : pValue(p, locale),
  };
  return p !== null && p < 0.05 ? t.summaryLikely(verdict) : t.summaryUnclear(verdict);
}
