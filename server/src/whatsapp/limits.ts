import type { Outbound } from './types.js';

/** Meta's limits for interactive messages; a request over any of them is refused by the API. */
export const LIMITS = {
  buttons: 3,
  buttonTitle: 20,
  buttonId: 256,
  listRows: 10,
  rowTitle: 24,
  rowDescription: 72,
  rowId: 200,
  listButton: 20,
  interactiveBody: 1024,
  textBody: 4096,
} as const;

/** Cuts a label to `max` characters (code points, so an emoji is never split), with an ellipsis. */
export function fit(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Every way `message` breaks Meta's limits; empty when it is fine to send. */
export function limitViolations(message: Outbound): string[] {
  const problems: string[] = [];
  const over = (what: string, value: string, max: number) => {
    const length = [...value].length;
    if (length > max) problems.push(`${what} is ${length} characters (max ${max})`);
    if (!value.trim()) problems.push(`${what} is empty`);
  };
  if (message.type === 'text') {
    over('text body', message.body, LIMITS.textBody);
    return problems;
  }
  over('body', message.body, LIMITS.interactiveBody);
  if (message.type === 'buttons') {
    if (message.buttons.length < 1 || message.buttons.length > LIMITS.buttons)
      problems.push(`${message.buttons.length} buttons`);
    for (const b of message.buttons) {
      over(`button title "${b.title}"`, b.title, LIMITS.buttonTitle);
      over('button id', b.id, LIMITS.buttonId);
    }
    return problems;
  }
  over('list button', message.button, LIMITS.listButton);
  if (message.rows.length < 1 || message.rows.length > LIMITS.listRows) problems.push(`${message.rows.length} rows`);
  for (const row of message.rows) {
    over(`row title "${row.title}"`, row.title, LIMITS.rowTitle);
    over('row id', row.id, LIMITS.rowId);
    if (row.description !== undefined) over('row description', row.description, LIMITS.rowDescription);
  }
  return problems;
}
