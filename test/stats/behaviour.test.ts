import { mean, sampleSd } from '../../src/core/stats/describe';
import { holmAdjust } from '../../src/core/stats/holm';
import { pairedStatistics } from '../../src/core/stats/paired';
import { averageRanks } from '../../src/core/stats/ranks';
import {
  signedRankCounts,
  signedRankLowerTail,
  signedRankUpperTail,
} from '../../src/core/stats/signedRankDistribution';
import { wilcoxonSignedRankP } from '../../src/core/stats/wilcoxon';

describe('pairedStatistics on edge cases', () => {
  it('returns nulls and n = 0 for no pairs', () => {
    expect(pairedStatistics([])).toEqual({
      n: 0,
      baselineMean: null,
      endMean: null,
      meanChange: null,
      sdChange: null,
      ci95: null,
      improvedShare: null,
      rankBiserial: null,
      wilcoxonP: null,
    });
  });

  it('gives means but no SD, CI from one pair, and p = 1 for its one change', () => {
    const result = pairedStatistics([{ baseline: 4, end: 7 }]);
    expect(result).toMatchObject({
      n: 1,
      baselineMean: 4,
      endMean: 7,
      meanChange: 3,
      improvedShare: 1,
    });
    expect(result.sdChange).toBeNull();
    expect(result.ci95).toBeNull();
    expect(result.rankBiserial).toBe(1);
    expect(result.wilcoxonP).toBe(1);
  });

  it('counts pairs without change in n and the share, but gives no p or effect size when all are zero', () => {
    const result = pairedStatistics([
      { baseline: 5, end: 5 },
      { baseline: 8, end: 8 },
      { baseline: 2, end: 2 },
    ]);
    expect(result.n).toBe(3);
    expect(result.meanChange).toBe(0);
    expect(result.sdChange).toBe(0);
    expect(result.ci95).toEqual([0, 0]);
    expect(result.improvedShare).toBe(0);
    expect(result.rankBiserial).toBeNull();
    expect(result.wilcoxonP).toBeNull();
  });

  it('leaves out pairs holding a value that is not a finite number', () => {
    const clean = [
      { baseline: 3, end: 6 },
      { baseline: 5, end: 4 },
      { baseline: 2, end: 9 },
    ];
    const dirty = [
      ...clean,
      { baseline: Number.NaN, end: 5 },
      { baseline: 4, end: Number.POSITIVE_INFINITY },
      { baseline: Number.NEGATIVE_INFINITY, end: 1 },
    ];
    expect(pairedStatistics(dirty)).toEqual(pairedStatistics(clean));
  });

  it('computes the share of improvers over all pairs, zeros included', () => {
    const result = pairedStatistics([
      { baseline: 1, end: 2 },
      { baseline: 1, end: 1 },
      { baseline: 3, end: 1 },
      { baseline: 4, end: 9 },
    ]);
    expect(result.improvedShare).toBe(0.5);
  });
});

describe('wilcoxonSignedRankP', () => {
  it('uses the exact distribution for few untied changes: all 5 up gives 2/32', () => {
    expect(wilcoxonSignedRankP([1, 2, 3, 4, 5])).toBe(2 / 32);
    expect(wilcoxonSignedRankP([-1, -2, -3, -4, -5])).toBe(2 / 32);
  });

  it('switches to the normal approximation when a zero is present', () => {
    // V = 15, n = 5, σ² = 13.75: z = (7.5 − 0.5)/√13.75, the exact answer would be 0.0625.
    const p = wilcoxonSignedRankP([1, 2, 3, 4, 5, 0]);
    const z = 7 / Math.sqrt(13.75);
    expect(p).not.toBe(0.0625);
    expect(p).toBeCloseTo(2 * (1 - 0.5 * (1 + erf(z / Math.SQRT2))), 7);
  });

  it('returns null with no non-zero change and for an empty input', () => {
    expect(wilcoxonSignedRankP([])).toBeNull();
    expect(wilcoxonSignedRankP([0, 0, 0])).toBeNull();
  });

  it('treats float differences that are not equal as untied, like R', () => {
    // 0.3 − 0.1 and 0.4 − 0.2 differ in the last bit, so R takes the exact route: 2/2^2.
    expect(wilcoxonSignedRankP([0.3 - 0.1, 0.4 - 0.2])).toBe(0.5);
    expect(wilcoxonSignedRankP([0.5, 0.5])).not.toBe(0.5);
  });
});

describe('signed-rank distribution', () => {
  it('counts subsets of {1..n} by their sum, totalling 2^n', () => {
    expect(Array.from(signedRankCounts(3))).toEqual([1, 1, 1, 2, 1, 1, 1]);
    const counts = signedRankCounts(20);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2 ** 20);
    expect(counts[0]).toBe(1);
    expect(counts[counts.length - 1]).toBe(1);
  });

  it('is symmetric, so both tails agree', () => {
    const n = 12;
    const max = (n * (n + 1)) / 2;
    for (let v = 0; v <= max; v++) {
      expect(signedRankLowerTail(v, n)).toBe(signedRankUpperTail(max - v, n));
    }
  });

  it('rejects a size that is not a whole number', () => {
    expect(() => signedRankCounts(-1)).toThrow(RangeError);
    expect(() => signedRankCounts(2.5)).toThrow(RangeError);
  });
});

describe('averageRanks', () => {
  it('averages tied ranks and reports the tie groups', () => {
    expect(averageRanks([3, 1, 3, 2])).toEqual({
      ranks: [3.5, 1, 3.5, 2],
      groups: [
        { size: 1, rank: 1 },
        { size: 1, rank: 2 },
        { size: 2, rank: 3.5 },
      ],
    });
  });
});

describe('describe', () => {
  it('gives null for too few values', () => {
    expect(mean([])).toBeNull();
    expect(sampleSd([])).toBeNull();
    expect(sampleSd([4])).toBeNull();
  });

  it('uses the n − 1 denominator', () => {
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 14);
  });
});

describe('holmAdjust', () => {
  it('leaves a single p-value as it is and nulls in place', () => {
    expect(holmAdjust([null, 0.2, null])).toEqual([null, 0.2, null]);
    expect(holmAdjust([])).toEqual([]);
  });

  it('treats NaN like a missing p-value', () => {
    expect(holmAdjust([Number.NaN, 0.01, 0.04])).toEqual([null, 0.02, 0.04]);
  });
});

/** erf by its Taylor series: accurate to 1e-15 for the moderate z used above. */
function erf(x: number): number {
  let term = x;
  let total = x;
  for (let k = 1; k < 60; k++) {
    term *= (-x * x) / k;
    total += term / (2 * k + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * total;
}
