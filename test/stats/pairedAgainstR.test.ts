import { pairedStatistics } from '../../src/core/stats/paired';
import {
  expectAbsolutelyClose,
  expectRelativelyClose,
  pairsOf,
  rPairedCases,
  rVersion,
} from './rFixtures';

describe(`paired statistics agree with ${rVersion}`, () => {
  it('has fixtures covering the exact, normal and empty cases', () => {
    const methods = new Set(rPairedCases.map((c) => c.method));
    expect(methods).toEqual(new Set(['exact', 'normal', 'none']));
    expect(rPairedCases.length).toBeGreaterThan(30);
  });

  describe.each(rPairedCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = pairedStatistics(pairsOf(c));

    it('counts the pairs', () => {
      expect(result.n).toBe(c.n);
    });

    it('matches the means, SD and share', () => {
      expectAbsolutelyClose(result.baselineMean, c.baselineMean);
      expectAbsolutelyClose(result.endMean, c.endMean);
      expectAbsolutelyClose(result.meanChange, c.meanChange);
      expectAbsolutelyClose(result.sdChange, c.sdChange);
      expectAbsolutelyClose(result.improvedShare, c.improvedShare);
    });

    it('matches the t-based 95% CI', () => {
      if (c.ci95 === null) {
        expect(result.ci95).toBeNull();
        return;
      }
      expect(result.ci95).not.toBeNull();
      expectAbsolutelyClose(result.ci95?.[0] ?? null, c.ci95[0]);
      expectAbsolutelyClose(result.ci95?.[1] ?? null, c.ci95[1]);
    });

    it('matches the rank-biserial correlation', () => {
      expectAbsolutelyClose(result.rankBiserial, c.rankBiserial);
    });

    it('matches the Wilcoxon signed-rank p', () => {
      expectRelativelyClose(result.wilcoxonP, c.wilcoxonP);
    });
  });
});
