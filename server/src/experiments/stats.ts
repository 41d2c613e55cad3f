/**
 * The A/B report's statistics: pure functions over counts, so they can be checked against
 * hand-computed values. The counts themselves come from SQL.
 */

/** The standard normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/** A proportion's 95% interval, `[low, high]`, both within [0, 1]. */
export type Interval = [number, number];

/**
 * Wilson score interval for `successes` out of `trials`. Unlike the textbook Wald interval it
 * stays inside [0, 1] and is honest for small arms and for rates near 0 or 1. With no trials
 * nothing is known, so the interval is the whole range.
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval {
  if (trials <= 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // Clamp away floating-point dust (e.g. -1e-17 when p is 0).
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7,
 * far below the precision a p-value is read at).
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const value = t * Math.exp(poly);
  return x >= 0 ? value : 2 - value;
}

/** Two-sided p-value of a standard normal statistic. */
export function twoSidedP(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

export interface ArmCounts {
  conversions: number;
  sessions: number;
}

export interface Comparison {
  /** Rate of `a` minus rate of `b`; null when either arm has no sessions. */
  difference: number | null;
  /** Pooled two-proportion z statistic; null when it is undefined (an empty arm, or no variance). */
  zScore: number | null;
  /** Two-sided p-value of `zScore`. */
  pValue: number | null;
}

/**
 * Two-proportion z-test with the pooled variance, as used for A/B conversion rates. When both
 * arms convert nobody (or everybody) the variance is zero and the test says nothing, so z and
 * p are null rather than a misleading 0 and 1.
 */
export function compareProportions(a: ArmCounts, b: ArmCounts): Comparison {
  if (a.sessions <= 0 || b.sessions <= 0) return { difference: null, zScore: null, pValue: null };
  const rateA = a.conversions / a.sessions;
  const rateB = b.conversions / b.sessions;
  const pooled = (a.conversions + b.conversions) / (a.sessions + b.sessions);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.sessions + 1 / b.sessions));
  const difference = rateA - rateB;
  if (!(se > 0)) return { difference, zScore: null, pValue: null };
  const zScore = difference / se;
  return { difference, zScore, pValue: twoSidedP(zScore) };
}

/** Conversion rate, 0 for an empty arm (its interval, [0, 1], says that nothing is known). */
export function rate({ conversions, sessions }: ArmCounts): number {
  return sessions > 0 ? conversions / sessions : 0;
}
