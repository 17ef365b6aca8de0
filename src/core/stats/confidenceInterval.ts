/** The t-based 95% confidence interval of a mean, as `t.test` reports it. */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** mean ± qt(0.975, n − 1) · sd / √n; null below two observations. */
export function meanCi95(meanValue: number, sd: number, n: number): [number, number] | null {
  if (n < 2) return null;
  const halfWidth = (tQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
  return [meanValue - halfWidth, meanValue + halfWidth];
}
