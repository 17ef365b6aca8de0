/**
 * Small numbers (protocol section 9): the committee's files carry no figure taken over fewer
 * than `minCommitteeCount` people. The value, SD and CI are withheld (null) and marked
 * `suppressed`; the status and n stay, so the committee sees why nothing is shown.
 */
import type { DomainOutcome, ThresholdPart, ThresholdResult } from './results';

/** What a committee file prints in place of a withheld figure. */
export function notShownText(minimum: number): string {
  return `fewer than ${minimum} — not shown`;
}

/** Thresholds that count things (escalations, recruits) or record a Lead's input: never a figure about people's answers. */
const COUNTS: readonly string[] = ['C4', 'F1', 'F2', 'F3'];

function part(p: ThresholdPart, minimum: number): ThresholdPart {
  return p.n < minimum ? { ...p, observed: null, suppressed: true } : { ...p };
}

export function suppressThreshold(t: ThresholdResult, minimum: number): ThresholdResult {
  const parts = t.parts.map((p) => part(p, minimum));
  const own = !COUNTS.includes(t.id) && t.n < minimum;
  const anyPart = parts.some((p) => p.suppressed === true);
  if (!own && !anyPart) return { ...t, parts };
  const detail = own
    ? `${notShownText(minimum)} (n = ${t.n})`
    : `parts over ${notShownText(minimum)}; n = ${t.n}`;
  return own ? { ...t, observed: null, detail, parts, suppressed: true } : { ...t, detail, parts };
}

export function suppressOutcome(o: DomainOutcome, minimum: number): DomainOutcome {
  if (o.n >= minimum) return { ...o };
  return {
    ...o,
    baselineMean: null,
    endMean: null,
    meanChange: null,
    sdChange: null,
    ci95: null,
    improvedShare: null,
    rankBiserial: null,
    wilcoxonP: null,
    holmP: null,
    suppressed: true,
  };
}

export interface Level3Mean {
  n: number;
  meanMeeting1: number | null;
  meanMeeting3: number | null;
  meanChange: number | null;
  suppressed?: boolean;
}

export function suppressLevel3(m: Level3Mean, minimum: number): Level3Mean {
  if (m.n >= minimum) return { ...m };
  return { n: m.n, meanMeeting1: null, meanMeeting3: null, meanChange: null, suppressed: true };
}

/** Reasons quote each threshold's detail: a withheld detail is withheld there too. */
export function rewordReasons(
  reasons: readonly string[],
  before: readonly ThresholdResult[],
  after: readonly ThresholdResult[],
): string[] {
  return reasons.map((reason) =>
    before.reduce(
      (text, t, i) =>
        t.detail !== after[i].detail && t.detail !== ''
          ? text.split(t.detail).join(after[i].detail)
          : text,
      reason,
    ),
  );
}
