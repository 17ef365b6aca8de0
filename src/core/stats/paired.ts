/** The outcome statistics of one domain over its baseline/end pairs (protocol section 8). */
import { meanCi95 } from './confidenceInterval';
import { mean, sampleSd } from './describe';
import { rankBiserial } from './rankBiserial';
import { wilcoxonSignedRankP } from './wilcoxon';

export interface PairedStatistics {
  n: number;
  baselineMean: number | null;
  endMean: number | null;
  meanChange: number | null;
  sdChange: number | null;
  ci95: [number, number] | null;
  improvedShare: number | null;
  rankBiserial: number | null;
  wilcoxonP: number | null;
}

export interface ScorePair {
  baseline: number;
  end: number;
}

/**
 * d = end − baseline over the pairs given; n counts every pair, zero changes included.
 * A pair holding a value that is not a finite number is treated as a missing answer and
 * left out, as R's `complete.cases` leaves out NA.
 */
export function pairedStatistics(pairs: ReadonlyArray<ScorePair>): PairedStatistics {
  const complete = pairs.filter(
    (pair) => Number.isFinite(pair.baseline) && Number.isFinite(pair.end),
  );
  const n = complete.length;
  const differences = complete.map((pair) => pair.end - pair.baseline);
  const meanChange = mean(differences);
  const sdChange = sampleSd(differences);
  return {
    n,
    baselineMean: mean(complete.map((pair) => pair.baseline)),
    endMean: mean(complete.map((pair) => pair.end)),
    meanChange,
    sdChange,
    ci95: meanChange !== null && sdChange !== null ? meanCi95(meanChange, sdChange, n) : null,
    improvedShare: n === 0 ? null : differences.filter((d) => d > 0).length / n,
    rankBiserial: rankBiserial(differences),
    wilcoxonP: wilcoxonSignedRankP(differences),
  };
}
