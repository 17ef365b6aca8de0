/** Ranks with ties averaged, R's `rank(x)` (ties.method = "average"). */

/** A group of equal values and the average rank they share. */
export interface TieGroup {
  size: number;
  rank: number;
}

export interface Ranking {
  /** The rank of each value, in the order the values were given (1-based). */
  ranks: number[];
  /** The groups of equal values, one per distinct value, smallest first. */
  groups: TieGroup[];
}

/** Values compare by exact equality, as R's `rank` does (no rounding). */
export function averageRanks(values: ReadonlyArray<number>): Ranking {
  const order = values.map((_, index) => index).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  const groups: TieGroup[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && values[order[end]] === values[order[start]]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]] = rank;
    groups.push({ size: end - start, rank });
    start = end;
  }
  return { ranks, groups };
}
