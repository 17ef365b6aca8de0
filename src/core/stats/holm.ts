/** Holm's step-down adjustment, R's `p.adjust(p, "holm")`. */

/**
 * Adjusts the p-values present over their own count; a null stays null in its place.
 * Each adjusted value is at least its raw p and at most 1, and the order of the raw values
 * is kept.
 */
export function holmAdjust(pValues: ReadonlyArray<number | null>): Array<number | null> {
  const present = pValues
    .map((p, index) => ({ p, index }))
    .filter(
      (entry): entry is { p: number; index: number } => entry.p !== null && !Number.isNaN(entry.p),
    );
  const m = present.length;
  const adjusted: Array<number | null> = pValues.map(() => null);
  if (m <= 1) {
    for (const { p, index } of present) adjusted[index] = p;
    return adjusted;
  }
  // A stable sort keeps R's `order()` for equal p-values.
  const ascending = [...present].sort((a, b) => a.p - b.p);
  let runningMax = 0;
  ascending.forEach(({ p, index }, rank) => {
    runningMax = Math.max(runningMax, (m - rank) * p);
    adjusted[index] = Math.min(1, runningMax);
  });
  return adjusted;
}
