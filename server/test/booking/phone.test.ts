import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../src/booking/booking.js';

describe('normalisePhone', () => {
  it.each([
    ['612 345 678', 'ES', '+34612345678'],
    ['+34 612-345-678', 'US', '+34612345678'],
    ['0034612345678', 'ES', '+34612345678'],
    ['(212) 555-0123', 'US', '+12125550123'],
    ['+52 1 55 1234 5678', 'ES', '+525512345678'],
  ])('reads %s (default %s) as %s', (raw, country, e164) => {
    expect(normalisePhone(raw, country)).toBe(e164);
  });

  it.each([['12345'], ['not a phone'], ['+34 612'], [''], ['+999 123456789']])('refuses %j', (raw) => {
    expect(normalisePhone(raw, 'ES')).toBeUndefined();
  });
});
