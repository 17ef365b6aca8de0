/** The golden values written by scripts/r/golden-stats.R (R's own wilcox.test, sd, qt, p.adjust). */
import type { PairedStatistics, ScorePair } from '../../src/core/stats/paired';
import fixtures from '../fixtures/r-stats.json';

/** One case: the scores R was given, R's statistics of them, and the p-value method R used. */
export interface RPairedCase extends PairedStatistics {
  name: string;
  baseline: number[];
  end: number[];
  method: 'exact' | 'normal' | 'none';
}

export interface RHolmCase {
  name: string;
  p: Array<number | null>;
  holm: Array<number | null>;
}

export const rVersion: string = fixtures.r;
export const rPairedCases = fixtures.paired as RPairedCase[];
export const rHolmCases = fixtures.holm as RHolmCase[];

export function pairsOf(c: RPairedCase): ScorePair[] {
  return c.baseline.map((baseline, i) => ({ baseline, end: c.end[i] }));
}

/** |actual − expected| within `tolerance` × |expected| (null must match null). */
export function expectRelativelyClose(
  actual: number | null,
  expected: number | null,
  tolerance = 1e-9,
): void {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    tolerance * Math.abs(expected),
  );
}

/** |actual − expected| within `tolerance` (null must match null). */
export function expectAbsolutelyClose(
  actual: number | null,
  expected: number | null,
  tolerance = 1e-12,
): void {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
}
