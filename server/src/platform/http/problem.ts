import type { FieldIssue } from '../errors.js';

/**
 * An error answered as RFC 9457 problem+json that belongs to HTTP itself (a body that does not
 * parse, a page that is not built); the features throw domain errors instead
 * (platform/errors.ts), which errors.ts maps here. `code` is stable: clients switch on it.
 */
export class HttpProblem extends Error {
  override name = 'HttpProblem' as const;
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly extra: { detail?: string; errors?: FieldIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(title);
  }
}
