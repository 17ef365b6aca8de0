/** The matched-pairs rank-biserial correlation, the effect size of protocol section 8. */
import { averageRanks } from './ranks';

/**
 * (sum of the ranks of |d| for d > 0 − the same for d < 0) / the total of the ranks, zero
 * differences dropped. Ranges from −1 (all worse) to +1 (all improved); null when no
 * difference is non-zero.
 */
export function rankBiserial(differences: ReadonlyArray<number>): number | null {
  const nonZero = differences.filter((d) => d !== 0);
  if (nonZero.length === 0) return null;
  const { ranks } = averageRanks(nonZero.map(Math.abs));
  let positive = 0;
  let negative = 0;
  ranks.forEach((rank, i) => {
    if (nonZero[i] > 0) positive += rank;
    else negative += rank;
  });
  return (positive - negative) / (positive + negative);
}
