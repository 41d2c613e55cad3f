import { describe, expect, it } from 'vitest';
import { compareProportions, erfc, rate, twoSidedP, wilsonInterval } from '../../src/experiments/stats.js';

// Expected values were worked by hand from the formulas (and cross-checked with scipy):
// Wilson: centre = (p + z²/2n) / (1 + z²/n), half = z/(1 + z²/n) · √(p(1−p)/n + z²/4n²), z = 1.959964.
// z-test: pooled p = (x1 + x2)/(n1 + n2), se = √(p(1−p)(1/n1 + 1/n2)), z = (p1 − p2)/se.

describe('wilsonInterval', () => {
  it('gives the known bounds for 120 of 1000 and 150 of 1000', () => {
    // 120/1000: centre = (0.12 + 0.0019208) / 1.0038415 = 0.1214542, half = 0.0201049
    const [low120, high120] = wilsonInterval(120, 1000);
    expect(low120).toBeCloseTo(0.1012993, 6);
    expect(high120).toBeCloseTo(0.1416091, 6);
    const [low150, high150] = wilsonInterval(150, 1000);
    expect(low150).toBeCloseTo(0.1292101, 6);
    expect(high150).toBeCloseTo(0.1734687, 6);
  });

  it('starts at 0 for an arm that converted nobody, and is not a zero-width interval', () => {
    const [low, high] = wilsonInterval(0, 50);
    expect(low).toBe(0);
    // z²/(n + z²) = 3.841459 / 53.841459
    expect(high).toBeCloseTo(0.0713476, 6);
  });

  it('ends at 1 for an arm that converted everybody', () => {
    const [low, high] = wilsonInterval(50, 50);
    expect(low).toBeCloseTo(0.9286524, 6);
    expect(high).toBe(1);
  });

  it('is the whole range when the arm is empty', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });
});

describe('compareProportions', () => {
  it('gives the known difference, z and two-sided p for 120/1000 vs 150/1000', () => {
    // pooled 0.135, se = √(0.135 · 0.865 · 0.002) = 0.0152823, z = −0.03 / 0.0152823
    const result = compareProportions({ conversions: 120, sessions: 1000 }, { conversions: 150, sessions: 1000 });
    expect(result.difference).toBeCloseTo(-0.03, 12);
    expect(result.zScore).toBeCloseTo(-1.9630498, 6);
    expect(result.pValue).toBeCloseTo(0.0496404, 6);
  });

  it('is symmetric: swapping the arms flips the sign and keeps p', () => {
    const ab = compareProportions({ conversions: 530, sessions: 1000 }, { conversions: 470, sessions: 1000 });
    const ba = compareProportions({ conversions: 470, sessions: 1000 }, { conversions: 530, sessions: 1000 });
    expect(ab.zScore).toBeCloseTo(2.6832816, 6);
    expect(ab.pValue).toBeCloseTo(0.0072904, 6);
    expect(ba.zScore).toBeCloseTo(-2.6832816, 6);
    expect(ba.pValue).toBeCloseTo(ab.pValue!, 12);
  });

  it('handles an arm that converted nobody against one that converted some', () => {
    const result = compareProportions({ conversions: 0, sessions: 50 }, { conversions: 5, sessions: 50 });
    expect(result.difference).toBeCloseTo(-0.1, 12);
    expect(result.zScore).toBeCloseTo(-2.2941573, 6);
    expect(result.pValue).toBeCloseTo(0.0217815, 6);
  });

  it('handles an arm that converted everybody', () => {
    const result = compareProportions({ conversions: 50, sessions: 50 }, { conversions: 45, sessions: 50 });
    expect(result.zScore).toBeCloseTo(2.2941573, 6);
    expect(result.pValue).toBeCloseTo(0.0217815, 6);
  });

  it('says nothing (nulls) when one arm is empty', () => {
    expect(compareProportions({ conversions: 0, sessions: 0 }, { conversions: 5, sessions: 50 })).toEqual({
      difference: null,
      zScore: null,
      pValue: null,
    });
  });

  it('gives the difference but no test when neither arm converted anyone', () => {
    expect(compareProportions({ conversions: 0, sessions: 40 }, { conversions: 0, sessions: 60 })).toEqual({
      difference: 0,
      zScore: null,
      pValue: null,
    });
  });
});

describe('normal tail helpers', () => {
  it('match known values of erfc and the two-sided p', () => {
    expect(erfc(0)).toBeCloseTo(1, 7);
    expect(erfc(1)).toBeCloseTo(0.1572992, 6);
    expect(erfc(-1)).toBeCloseTo(1.8427008, 6);
    expect(twoSidedP(1.959963984540054)).toBeCloseTo(0.05, 6);
    expect(twoSidedP(0)).toBe(1);
  });

  it('gives 0 as the rate of an empty arm', () => {
    expect(rate({ conversions: 0, sessions: 0 })).toBe(0);
    expect(rate({ conversions: 3, sessions: 12 })).toBe(0.25);
  });
});
