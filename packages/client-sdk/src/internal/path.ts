import { PsybookError } from '../errors.js';

/**
 * Tagged template for URL paths: every interpolated value is one encoded path segment, so a
 * token or id can never add segments, a query or a fragment. `.`/`..`/empty would still be
 * normalised away by the URL parser (even as `%2E`), so they are refused outright.
 */
export function path(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += segment(value) + (strings[index + 1] ?? '');
  });
  return out;
}

function segment(value: unknown): string {
  const text = String(value);
  if (text === '' || text === '.' || text === '..') {
    throw new PsybookError(`Invalid path parameter ${JSON.stringify(text)}`);
  }
  return encodeURIComponent(text);
}

/** A route's path (`/v1/bookings/:token`) with each `:name` replaced by its encoded value. */
export function fillPath(template: string, params: object | undefined): string {
  const values = (params ?? {}) as Record<string, unknown>;
  return template.replace(/:(\w+)/g, (_, name: string) => segment(values[name]));
}

/** `?a=1&b=x` from the defined entries, or '' when there are none. */
export function queryString(query: object | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
