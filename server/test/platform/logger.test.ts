import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/platform/logger.js';

function capture() {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
  return { logger, text: () => lines.join('\n') };
}

describe('logger redaction', () => {
  it('keeps names, phones, emails and notes out of logged objects', () => {
    const { logger, text } = capture();
    logger.info(
      { patient: { firstName: 'Lucía', lastName: 'Gómez', phone: '+34600111222', email: 'l@g.es' } },
      'booked',
    );
    logger.info({ appointment: { notes: 'panic attacks' } }, 'updated');
    expect(text()).not.toMatch(/Lucía|Gómez|\+34600111222|l@g\.es|panic/);
    expect(text()).toContain('[redacted]');
  });

  it('keeps the failing row and query parameters of a database error out of the log', () => {
    const { logger, text } = capture();
    const error = Object.assign(new Error('new row violates check constraint'), {
      detail: 'Failing row contains (7, null, Lucía, Gómez, +34600111222, ...)',
      params: ['Lucía', '+34600111222'],
      code: '23514',
    });
    logger.error({ err: error }, 'request failed');
    expect(text()).not.toMatch(/Lucía|\+34600111222/);
    expect(text()).toContain('23514');
  });
});
