import { describe, expect, it } from 'vitest';
import { assignVariant, newVisitorId, stableHash } from '../src/index.js';

describe('assignVariant', () => {
  it('gives the same visitor the same arm every time', () => {
    for (const id of ['a', 'visitor-1', newVisitorId(), 'ñandú 🦩']) {
      const first = assignVariant(id, 0.5);
      for (let i = 0; i < 5; i++) expect(assignVariant(id, 0.5)).toBe(first);
    }
  });

  it('is a fixed function of the id (a stored visitor keeps their arm across releases)', () => {
    expect(stableHash('')).toBe(stableHash(''));
    expect([stableHash('visitor-1'), stableHash('visitor-2')]).toEqual([2559955787, 4282603829]);
  });

  it.each([0.5, 0.2, 0.9])('with share %s, splits 100,000 random visitor ids within one percentage point', (share) => {
    let webForm = 0;
    for (let i = 0; i < 100_000; i++) if (assignVariant(newVisitorId(), share) === 'web_form') webForm++;
    expect(Math.abs(webForm / 100_000 - share)).toBeLessThan(0.01);
  });

  it('splits sequential ids (visitor-0 … visitor-99999) evenly too', () => {
    let webForm = 0;
    for (let i = 0; i < 100_000; i++) if (assignVariant(`visitor-${i}`, 0.5) === 'web_form') webForm++;
    expect(Math.abs(webForm / 100_000 - 0.5)).toBeLessThan(0.01);
  });

  it('sends everyone to one arm at shares 0 and 1, and clamps nonsense', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `v${i}`);
    expect(ids.every((id) => assignVariant(id, 1) === 'web_form')).toBe(true);
    expect(ids.every((id) => assignVariant(id, 0) === 'click_to_chat')).toBe(true);
    expect(ids.every((id) => assignVariant(id, 7) === 'web_form')).toBe(true);
  });

  it('moves only visitors across the threshold when the share grows (sticky under a ramp-up)', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `v${i}`);
    const movedBack = ids.filter(
      (id) => assignVariant(id, 0.3) === 'web_form' && assignVariant(id, 0.6) !== 'web_form',
    );
    expect(movedBack).toEqual([]);
  });
});
