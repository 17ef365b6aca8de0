/**
 * The two-sided Wilcoxon signed-rank p-value of paired differences, exactly as R 4.2–4.5's
 * `wilcox.test(end, baseline, paired = TRUE)` computes it with its defaults (protocol §8).
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { averageRanks } from './ranks';
import { signedRankLowerTail, signedRankUpperTail } from './signedRankDistribution';

/** R switches from the exact distribution to the normal approximation at 50 differences. */
const EXACT_LIMIT = 50;

/**
 * Null when no difference is non-zero. Differences are compared as the doubles they are,
 * like R (whose `digits.rank` defaults to Inf): 0.3 − 0.1 and 0.2 are not a tie.
 */
export function wilcoxonSignedRankP(differences: ReadonlyArray<number>): number | null {
  const nonZero = differences.filter((d) => d !== 0);
  const n = nonZero.length;
  if (n === 0) return null;
  const { ranks, groups } = averageRanks(nonZero.map(Math.abs));
  const statistic = ranks.reduce((total, rank, i) => (nonZero[i] > 0 ? total + rank : total), 0);
  const hasZeros = n < differences.length;
  const hasTies = groups.length < n;
  if (n < EXACT_LIMIT && !hasTies && !hasZeros) return exactP(statistic, n);
  return normalApproximationP(
    statistic,
    n,
    groups.map((g) => g.size),
  );
}

function exactP(statistic: number, n: number): number {
  const tail =
    statistic > (n * (n + 1)) / 4
      ? signedRankUpperTail(statistic, n)
      : signedRankLowerTail(statistic, n);
  return Math.min(2 * tail, 1);
}

function normalApproximationP(
  statistic: number,
  n: number,
  tieSizes: ReadonlyArray<number>,
): number {
  const centred = statistic - (n * (n + 1)) / 4;
  const tieAdjustment = tieSizes.reduce((total, t) => total + (t ** 3 - t), 0) / 48;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieAdjustment);
  const z = (centred - Math.sign(centred) * 0.5) / sigma;
  // 2·min(Φ(z), 1 − Φ(z)), taken from the lower tail so that tiny p-values keep their precision.
  return 2 * normalCdf(-Math.abs(z), 0, 1);
}
