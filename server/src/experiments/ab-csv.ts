import { EVENT_TYPES, type AbReport } from '@psybook/client-sdk/schema';

/** RFC 4180: quote a field when it holds a comma, quote or line break. */
function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const line = (values: (string | number | null)[]) => values.map(field).join(',') + '\r\n';

/**
 * The report as one spreadsheet table: a row per arm, one column per funnel step, then the
 * comparison between arms repeated on each row (it belongs to the pair, and a flat table is
 * what spreadsheets import cleanly).
 */
export function abReportCsv(report: AbReport): string {
  const header = [
    'from',
    'to',
    'entry_method',
    'sessions',
    ...EVENT_TYPES.map((type) => `step_${type}`),
    'conversions',
    'conversion_rate',
    'ci95_low',
    'ci95_high',
    'median_time_to_book_ms',
    'p90_time_to_book_ms',
    'difference_web_form_minus_click_to_chat',
    'z_score',
    'p_value',
  ];
  const rows = report.arms.map((arm) => [
    report.from,
    report.to,
    arm.entryMethod,
    arm.sessions,
    ...EVENT_TYPES.map((type) => arm.steps[type] ?? 0),
    arm.conversions,
    arm.conversionRate,
    arm.ci95[0],
    arm.ci95[1],
    arm.medianTimeToBookMs,
    arm.p90TimeToBookMs,
    report.comparison.difference,
    report.comparison.zScore,
    report.comparison.pValue,
  ]);
  return [header, ...rows].map(line).join('');
}
