import fc from 'fast-check';
import { holmAdjust } from '../../src/core/stats/holm';
import { pairedStatistics } from '../../src/core/stats/paired';
import { rankBiserial } from '../../src/core/stats/rankBiserial';
import { wilcoxonSignedRankP } from '../../src/core/stats/wilcoxon';

const likert = fc.integer({ min: 1, max: 10 });
const likertPair = fc.record({ baseline: likert, end: likert });
const realPair = fc.record({
  baseline: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  end: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
});
const anyPairs = fc.oneof(
  fc.array(likertPair, { maxLength: 80 }),
  fc.array(realPair, { maxLength: 80 }),
);
const pValue = fc.double({ min: 0, max: 1, noNaN: true });

function swapped(pairs: ReadonlyArray<{ baseline: number; end: number }>) {
  return pairs.map(({ baseline, end }) => ({ baseline: end, end: baseline }));
}

describe('paired statistics: properties', () => {
  it('gives a p-value in [0, 1], or null exactly when no difference is non-zero', () => {
    fc.assert(
      fc.property(anyPairs, (pairs) => {
        const { wilcoxonP } = pairedStatistics(pairs);
        const anyChange = pairs.some((p) => p.end - p.baseline !== 0);
        if (!anyChange) return wilcoxonP === null;
        return wilcoxonP !== null && wilcoxonP >= 0 && wilcoxonP <= 1;
      }),
    );
  });

  it('keeps p and negates the rank-biserial and mean change when baseline and end swap', () => {
    fc.assert(
      fc.property(anyPairs, (pairs) => {
        const forward = pairedStatistics(pairs);
        const backward = pairedStatistics(swapped(pairs));
        expect(backward.wilcoxonP).toBe(forward.wilcoxonP);
        expect(backward.sdChange).toBe(forward.sdChange);
        if (forward.rankBiserial === null) expect(backward.rankBiserial).toBeNull();
        else expect(backward.rankBiserial).toBeCloseTo(-forward.rankBiserial, 12);
        if (forward.meanChange !== null) {
          expect(backward.meanChange).toBeCloseTo(-forward.meanChange, 9);
        }
      }),
    );
  });

  it('keeps the rank-biserial in [-1, 1] and at ±1 when every change goes one way', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -9, max: 9 }), { maxLength: 60 }), (differences) => {
        const r = rankBiserial(differences);
        const nonZero = differences.filter((d) => d !== 0);
        if (nonZero.length === 0) return r === null;
        if (nonZero.every((d) => d > 0)) return r === 1;
        if (nonZero.every((d) => d < 0)) return r === -1;
        return r !== null && r > -1 && r < 1;
      }),
    );
  });

  it('does not depend on the order of the pairs', () => {
    const pairsAndShuffle = fc
      .array(likertPair, { maxLength: 60 })
      .chain((pairs) =>
        fc.tuple(
          fc.constant(pairs),
          fc.shuffledSubarray(pairs, { minLength: pairs.length, maxLength: pairs.length }),
        ),
      );
    fc.assert(
      fc.property(pairsAndShuffle, ([pairs, shuffled]) => {
        const a = pairedStatistics(pairs);
        const b = pairedStatistics(shuffled);
        expect(b.wilcoxonP).toBe(a.wilcoxonP);
        expect(b.rankBiserial).toBe(a.rankBiserial);
        expect(b.improvedShare).toBe(a.improvedShare);
      }),
    );
  });

  it('puts the mean change inside its 95% CI, which exists from two pairs on', () => {
    fc.assert(
      fc.property(fc.array(likertPair, { maxLength: 40 }), (pairs) => {
        const { ci95, meanChange, n } = pairedStatistics(pairs);
        if (n < 2) return ci95 === null;
        return (
          ci95 !== null && meanChange !== null && ci95[0] <= meanChange && meanChange <= ci95[1]
        );
      }),
    );
  });

  it('counts an added pair without change in n, but not in the rank-biserial', () => {
    fc.assert(
      fc.property(fc.array(likertPair, { minLength: 1, maxLength: 40 }), likert, (pairs, score) => {
        const withZero = pairedStatistics([...pairs, { baseline: score, end: score }]);
        expect(withZero.n).toBe(pairs.length + 1);
        expect(withZero.rankBiserial).toBe(pairedStatistics(pairs).rankBiserial);
      }),
    );
  });
});

describe('Holm adjustment: properties', () => {
  const pList = fc.array(fc.option(pValue, { nil: null }), { maxLength: 30 });

  it('is at least the raw p, at most 1, and keeps nulls in their places', () => {
    fc.assert(
      fc.property(pList, (ps) => {
        const adjusted = holmAdjust(ps);
        expect(adjusted).toHaveLength(ps.length);
        ps.forEach((p, i) => {
          if (p === null) expect(adjusted[i]).toBeNull();
          else {
            expect(adjusted[i]).not.toBeNull();
            expect(adjusted[i] as number).toBeGreaterThanOrEqual(p);
            expect(adjusted[i] as number).toBeLessThanOrEqual(1);
          }
        });
      }),
    );
  });

  it('is monotone: a smaller raw p never gets a larger adjusted p', () => {
    fc.assert(
      fc.property(pList, (ps) => {
        const adjusted = holmAdjust(ps);
        ps.forEach((p, i) =>
          ps.forEach((q, j) => {
            if (p !== null && q !== null && p <= q) {
              expect(adjusted[i] as number).toBeLessThanOrEqual(adjusted[j] as number);
            }
          }),
        );
      }),
    );
  });

  it('multiplies the smallest p by the number of p-values present (at most 1)', () => {
    fc.assert(
      fc.property(pList, (ps) => {
        const present = ps.filter((p): p is number => p !== null);
        if (present.length === 0) return true;
        const smallest = Math.min(...present);
        const adjusted = holmAdjust(ps).filter((p): p is number => p !== null);
        return (
          Math.min(...adjusted) ===
          Math.min(1, smallest * (present.length > 1 ? present.length : 1))
        );
      }),
    );
  });
});

describe('Wilcoxon p: properties', () => {
  it('never gets smaller when a change is pulled towards zero', () => {
    // One-sided data: shrinking one positive change lowers V, so p can only grow or stay.
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 2, maxLength: 40 }),
        (magnitudes) => {
          const before = wilcoxonSignedRankP(magnitudes);
          const after = wilcoxonSignedRankP([-magnitudes[0], ...magnitudes.slice(1)]);
          return before !== null && after !== null && after >= before;
        },
      ),
    );
  });
});
