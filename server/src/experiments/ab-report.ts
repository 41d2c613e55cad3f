import {
  ENTRY_METHODS,
  EVENT_TYPES,
  type AbReport,
  type ArmReport,
  type EntryMethod,
} from '@psybook/client-sdk/schema';
import type { AbCounts } from './ab-query.js';
import { compareProportions, rate, wilsonInterval } from './stats.js';

function armReport(entryMethod: EntryMethod, counts: AbCounts): ArmReport {
  const row = counts.arms.find((arm) => arm.entry_method === entryMethod);
  const sessions = row?.sessions ?? 0;
  const conversions = row?.conversions ?? 0;
  // Every event type is listed, zero or not, so both arms' rows have the same columns.
  const steps = Object.fromEntries(EVENT_TYPES.map((type) => [type, 0])) as Record<string, number>;
  for (const step of counts.steps) if (step.entry_method === entryMethod) steps[step.event_type] = step.sessions;
  return {
    entryMethod,
    sessions,
    steps,
    conversions,
    conversionRate: rate({ conversions, sessions }),
    ci95: wilsonInterval(conversions, sessions),
    medianTimeToBookMs: row?.median_ms ?? null,
    p90TimeToBookMs: row?.p90_ms ?? null,
  };
}

/**
 * The report in the contract's shape: both arms always present (web_form first), and the
 * comparison as web_form minus click_to_chat.
 */
export function buildAbReport(range: { from: string; to: string }, counts: AbCounts): AbReport {
  const arms = ENTRY_METHODS.map((method) => armReport(method, counts));
  const [web, chat] = arms as [ArmReport, ArmReport];
  return {
    from: range.from,
    to: range.to,
    arms,
    comparison: compareProportions(web, chat),
    daily: counts.daily.map((day) => ({
      date: day.date,
      entryMethod: day.entry_method,
      sessions: day.sessions,
      conversions: day.conversions,
    })),
  };
}
