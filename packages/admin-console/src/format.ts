import type { AbReport, EntryMethod } from '@psybook/client-sdk';
import { currentLang, t } from './i18n/index.js';

const locale = () => (currentLang() === 'es' ? 'es-ES' : 'en-GB');

/** 0.1234 → "12.3%" (or "12,3 %" in Spanish). */
export const percent = (rate: number) =>
  new Intl.NumberFormat(locale(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    rate,
  );

/** A duration in ms as "4 min 05 s" or "45 s". */
export function duration(ms: number | null): string {
  if (ms === null) return t('noBookings');
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** A p-value as people read it: "p < 0.001", "p = 0.004", "p = 0.03", "p = 0.41". */
export function pValue(p: number): string {
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  if (p < 0.001) return `p < ${format(0.001, 3)}`;
  return `p = ${format(p, p < 0.01 ? 3 : 2)}`;
}

export const armName = (method: EntryMethod) => t(method === 'web_form' ? 'webForm' : 'clickToChat');

/** The local calendar date, YYYY-MM-DD, `days` from today. */
export function isoDay(days = 0, from = new Date()): string {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * The report in one plain sentence: which way converts better, by how many points, and
 * whether the difference is likely real (p < 0.05) or could be chance.
 */
export function summarize(report: AbReport): string {
  const web = report.arms.find((arm) => arm.entryMethod === 'web_form');
  const chat = report.arms.find((arm) => arm.entryMethod === 'click_to_chat');
  const { difference, pValue: p } = report.comparison;
  if (!web || !chat || difference === null) return t('summaryNone');
  if (difference === 0) return t('summaryEqual', { a: percent(web.conversionRate) });
  const [leader, other] = difference > 0 ? [web, chat] : [chat, web];
  const params = {
    leader: armName(leader.entryMethod),
    points: new Intl.NumberFormat(locale(), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
      Math.abs(difference) * 100,
    ),
    a: percent(leader.conversionRate),
    b: percent(other.conversionRate),
    p: p === null ? 'p = —' : pValue(p),
  };
  return t(p !== null && p < 0.05 ? 'summaryLikely' : 'summaryUnclear', params);
}
