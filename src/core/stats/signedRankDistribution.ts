/**
 * The exact null distribution of the Wilcoxon signed-rank statistic V for n untied, non-zero
 * differences: the number of subsets of {1..n} whose sum is v, over 2^n (R's `dsignrank`).
 * The counts stay exact in doubles for n < 50 (at most 2^49).
 */

const countsBySize = new Map<number, Float64Array>();

/** counts[v] = number of subsets of {1..n} with sum v, for v = 0..n(n+1)/2. */
export function signedRankCounts(n: number): Float64Array {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`signed-rank size must be a whole number, got ${n}`);
  const cached = countsBySize.get(n);
  if (cached) return cached;
  const maxSum = (n * (n + 1)) / 2;
  const counts = new Float64Array(maxSum + 1);
  counts[0] = 1;
  for (let k = 1; k <= n; k++) {
    const reach = (k * (k + 1)) / 2;
    for (let v = reach; v >= k; v--) counts[v] += counts[v - k];
  }
  countsBySize.set(n, counts);
  return counts;
}

/** P(V ≤ v) under the null, R's `psignrank(v, n)`. */
export function signedRankLowerTail(v: number, n: number): number {
  return tailCount(signedRankCounts(n), 0, Math.floor(v + 1e-7)) / 2 ** n;
}

/** P(V ≥ v) under the null, R's `psignrank(v - 1, n, lower.tail = FALSE)`. */
export function signedRankUpperTail(v: number, n: number): number {
  const counts = signedRankCounts(n);
  return tailCount(counts, Math.ceil(v - 1e-7), counts.length - 1) / 2 ** n;
}

function tailCount(counts: Float64Array, from: number, to: number): number {
  let total = 0;
  for (let v = Math.max(0, from); v <= Math.min(to, counts.length - 1); v++) total += counts[v];
  return total;
}
