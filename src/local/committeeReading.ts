/**
 * What the committee's files read beside the figures: the statuses so far, the explanation,
 * the reproducibility stamp and the small-number rule. The core adds these to the committee
 * summary; this module is the one place the renderers read them from, so summary.html and
 * summary.xlsx always agree, and a summary without them (an older one) still renders.
 */
import type { DecisionDomain, Scenario, ThresholdId } from '../core/config';
import type { CommitteeSummary } from '../core/committeeSummary';
import type { DomainStatus, ThresholdResult, ThresholdStatus } from '../core/results';

/** Who made the summary from what: enough for an auditor to run it again. */
export interface Stamp {
  dyadVersion: string;
  programmeName: string;
  trust: string;
  asOf: string;
  /** ISO 8601, UTC. */
  generatedAt: string;
  inputs: { sheet: string; rows: number; sha256: string }[];
  configHash: string;
  configLocked: boolean;
  configLockHash: string | null;
  command: string;
}

export interface ScenarioLine {
  scenario: Scenario;
  /** The rule in words, e.g. "Completion met, feasibility met, impact met". */
  rule: string;
  recommendation: string;
  reached: boolean;
}

export interface Explanation {
  /** "How to read this": one plain sentence per statistic and term. */
  howToRead: string[];
  /** One sentence per domain group: is any change distinguishable from chance after Holm? */
  domainGroups: string[];
  scenarios: ScenarioLine[];
}

/** The parts of the committee summary beyond its figures, each optional until it is filled. */
interface Extras {
  domainsSoFar?: Record<DecisionDomain, DomainStatus>;
  atRisk?: ThresholdId[];
  scenarioRestsOn?: DecisionDomain[];
  stamp?: Stamp;
  explanation?: Explanation;
  minCommitteeCount?: number;
}

function extras(summary: CommitteeSummary): Extras {
  return summary as CommitteeSummary & Extras;
}

/** Committee files print no figure taken over fewer people than this (protocol section 9). */
export const DEFAULT_MIN_COMMITTEE_COUNT = 3;

export function minCommitteeCount(summary: CommitteeSummary): number {
  return extras(summary).minCommitteeCount ?? DEFAULT_MIN_COMMITTEE_COUNT;
}

/**
 * True when a figure was held back for being taken over too few people: the core sets such
 * a figure to null and keeps its n.
 */
export function isSuppressed(summary: CommitteeSummary, value: unknown, n: number): boolean {
  return value === null && n > 0 && n < minCommitteeCount(summary);
}

/** The words shown in place of a figure held back: "fewer than 3 — not shown". */
export function suppressedText(summary: CommitteeSummary): string {
  return `fewer than ${minCommitteeCount(summary)} — not shown`;
}

/** What the data so far say for a threshold (its status once decided). */
export function thresholdSoFar(t: ThresholdResult): ThresholdStatus {
  return t.statusSoFar ?? t.status;
}

/** What the data so far say per domain, or null when the summary does not say. */
export function domainsSoFar(
  summary: CommitteeSummary,
): Record<DecisionDomain, DomainStatus> | null {
  return extras(summary).domainsSoFar ?? null;
}

/** Deciding thresholds at risk so far (not met or insufficient data so far). */
export function atRiskSoFar(summary: CommitteeSummary): ThresholdId[] {
  return extras(summary).atRisk ?? [];
}

export function scenarioRestsOn(summary: CommitteeSummary): DecisionDomain[] {
  return extras(summary).scenarioRestsOn ?? [];
}

export function stampOf(summary: CommitteeSummary): Stamp | null {
  return extras(summary).stamp ?? null;
}

export function explanationOf(summary: CommitteeSummary): Explanation {
  return extras(summary).explanation ?? { howToRead: [], domainGroups: [], scenarios: [] };
}

/** A domain's status in words, with what the data so far say while it is pending. */
export function domainStatusText(
  summary: CommitteeSummary,
  domain: DecisionDomain,
  words: Readonly<Record<DomainStatus, string>>,
): string {
  const status = summary.domains[domain];
  const soFar = domainsSoFar(summary)?.[domain];
  if (status !== 'pending' || soFar === undefined || soFar === 'pending') return words[status];
  return `${words[status]} (so far: ${words[soFar].toLowerCase()})`;
}
