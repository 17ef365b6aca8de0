/** Descriptive statistics as R computes them: `mean(x)` and `sd(x)`. */

/**
 * Arithmetic mean, with R's second refining pass (mean + mean of the residuals) so that the
 * result agrees with R's long-double `mean()` to the last bits. Null for no values.
 */
export function mean(values: ReadonlyArray<number>): number | null {
  const n = values.length;
  if (n === 0) return null;
  const first = sum(values) / n;
  if (!Number.isFinite(first)) return first;
  return first + sum(values.map((x) => x - first)) / n;
}

/** Sample standard deviation (denominator n − 1), R's `sd()`. Null below two values. */
export function sampleSd(values: ReadonlyArray<number>): number | null {
  const n = values.length;
  const centre = mean(values);
  if (n < 2 || centre === null) return null;
  const squares = sum(values.map((x) => (x - centre) ** 2));
  return Math.sqrt(squares / (n - 1));
}

function sum(values: ReadonlyArray<number>): number {
  let total = 0;
  for (const x of values) total += x;
  return total;
}
