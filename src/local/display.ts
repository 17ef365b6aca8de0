/**
 * How the evaluation's numbers and statuses read to a person: the rounding and wording shared by
 * the terminal report, summary.xlsx and summary.html. JSON files keep the unrounded numbers.
 * Pure: no Node API, so the add-on can reuse it.
 */
import type { DecisionDomain, Scenario, ThresholdId } from '../core/config';
import type { DomainStatus, ThresholdResult, ThresholdStatus } from '../core/results';

/** What a threshold's observed value and target measure, which decides how they are written. */
export type MeasureKind = 'share' | 'mean' | 'change' | 'count' | 'yesNo';

export const THRESHOLD_MEASURE: Readonly<Record<ThresholdId, MeasureKind>> = {
  C1: 'share',
  C2: 'share',
  C3: 'share',
  C4: 'count',
  I1: 'change',
  I2: 'mean',
  I3: 'mean',
  I4: 'share',
  F1: 'count',
  F2: 'count',
  F3: 'yesNo',
  F4: 'mean',
};

/** Thresholds met by staying at or under the target; every other one is met at or above it. */
const AT_MOST: readonly ThresholdId[] = ['C4', 'F3'];

export const THRESHOLD_STATUS_WORDS: Readonly<Record<ThresholdStatus, string>> = {
  met: 'Met',
  not_met: 'Not met',
  pending: 'Pending',
  insufficient_data: 'Insufficient data',
};

/** A symbol beside the words, so a status never depends on colour alone. */
export const THRESHOLD_STATUS_SYMBOL: Readonly<Record<ThresholdStatus, string>> = {
  met: '✓',
  not_met: '✗',
  pending: '…',
  insufficient_data: '?',
};

export const DOMAIN_STATUS_WORDS: Readonly<Record<DomainStatus, string>> = {
  met: 'Met',
  partial: 'Partially met',
  not_met: 'Not met',
  pending: 'Pending',
};

export const DECISION_DOMAIN_LABELS: Readonly<Record<DecisionDomain, string>> = {
  completion: 'Completion',
  impact: 'Impact',
  feasibility: 'Feasibility',
};

export const DECISION_DOMAINS: readonly DecisionDomain[] = ['completion', 'impact', 'feasibility'];

const DASH = '–';

export function formatPercent(share: number | null): string {
  return share === null ? DASH : `${Math.round(share * 100)}%`;
}

export function formatNumber(value: number | null, decimals = 2): string {
  return value === null ? DASH : value.toFixed(decimals);
}

/** A change, signed: "+1.25", "−0.50". */
export function formatChange(value: number | null, decimals = 2): string {
  if (value === null) return DASH;
  const rounded = value.toFixed(decimals);
  if (Number(rounded) > 0) return `+${rounded}`;
  if (Number(rounded) < 0) return `−${rounded.slice(1)}`;
  return (0).toFixed(decimals);
}

export function formatPValue(p: number | null): string {
  if (p === null) return DASH;
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}

export function formatInterval(ci: [number, number] | null): string {
  return ci === null ? DASH : `${formatChange(ci[0])} to ${formatChange(ci[1])}`;
}

/** A measured value in the threshold's own unit. */
export function formatMeasure(kind: MeasureKind, value: number | null): string {
  if (value === null) return DASH;
  switch (kind) {
    case 'share':
      return formatPercent(value);
    case 'mean':
      return formatNumber(value);
    case 'change':
      return formatChange(value);
    case 'count':
      return String(Math.round(value * 100) / 100);
    case 'yesNo':
      return value > 0 ? 'Yes' : 'No';
  }
}

export function formatObserved(threshold: Pick<ThresholdResult, 'id' | 'observed'>): string {
  return formatMeasure(THRESHOLD_MEASURE[threshold.id], threshold.observed);
}

/** The target with its direction: "≥ 70%", "≤ 0", "No". */
export function formatTarget(threshold: Pick<ThresholdResult, 'id' | 'target'>): string {
  const kind = THRESHOLD_MEASURE[threshold.id];
  const value = formatMeasure(kind, threshold.target);
  if (kind === 'yesNo') return value;
  return `${AT_MOST.includes(threshold.id) ? '≤' : '≥'} ${value}`;
}

export function scenarioHeadline(summary: {
  provisional: boolean;
  scenario: Scenario;
  recommendation: string;
}): string {
  return summary.provisional
    ? `PROVISIONAL: the data so far point to scenario ${summary.scenario}: ${summary.recommendation}`
    : `Scenario ${summary.scenario}: ${summary.recommendation}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-08-10" → "10 August 2026"; anything else is returned as it is. */
export function formatLongDate(iso: string | null): string {
  if (iso === null) return DASH;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** The status in words, with what the data so far give while it is pending: "Pending (so far: met)". */
export function thresholdStatusText(
  threshold: Pick<ThresholdResult, 'status'> & Partial<Pick<ThresholdResult, 'statusSoFar'>>,
): string {
  const words = THRESHOLD_STATUS_WORDS[threshold.status];
  const soFar = threshold.statusSoFar;
  if (threshold.status !== 'pending' || soFar === undefined || soFar === 'pending') return words;
  return `${words} (so far: ${THRESHOLD_STATUS_WORDS[soFar].toLowerCase()})`;
}

/** A domain's status, with what the data so far give while it is pending: "Pending (so far: partially met)". */
export function domainStatusText(status: DomainStatus, soFar?: DomainStatus): string {
  const words = DOMAIN_STATUS_WORDS[status];
  if (status !== 'pending' || soFar === undefined || soFar === 'pending') return words;
  return `${words} (so far: ${DOMAIN_STATUS_WORDS[soFar].toLowerCase()})`;
}

/** "Impact (partially met so far)": the domains a provisional scenario rests on. */
export function restsOnText(summary: {
  provisional: boolean;
  scenarioRestsOn?: readonly DecisionDomain[];
  domainsSoFar?: Readonly<Record<DecisionDomain, DomainStatus>>;
}): string {
  const domains = summary.scenarioRestsOn ?? [];
  if (domains.length === 0 || summary.domainsSoFar === undefined) return '';
  const soFar = summary.domainsSoFar;
  const parts = domains.map(
    (d) =>
      `${DECISION_DOMAIN_LABELS[d]} (${DOMAIN_STATUS_WORDS[soFar[d]].toLowerCase()}${summary.provisional ? ' so far' : ''})`,
  );
  return `${summary.provisional ? 'The provisional scenario rests on' : 'The scenario rests on'} ${parts.join(', ')}.`;
}

/** The thresholds at risk now, each with its so-far status: "I3 not met so far, F4 insufficient data so far". */
export function atRiskItems(
  thresholds: readonly Pick<ThresholdResult, 'id' | 'status' | 'statusSoFar'>[],
  atRisk: readonly ThresholdId[],
): string[] {
  return atRisk.flatMap((id) => {
    const t = thresholds.find((x) => x.id === id);
    if (t === undefined) return [];
    const soFar = t.statusSoFar ?? t.status;
    const suffix = t.status === 'pending' ? ' so far' : '';
    return [`${id} ${THRESHOLD_STATUS_WORDS[soFar].toLowerCase()}${suffix}`];
  });
}
