/**
 * What the committee's files read beside the figures, in one place so summary.html and
 * summary.xlsx always agree: the small-number rule as the renderers show it, and the domain
 * statuses with what the data so far say.
 */
import type { DecisionDomain } from '../core/config';
import type { CommitteeSummary } from '../core/committeeSummary';
import type { DomainStatus } from '../core/results';

/** Committee files print no figure taken over fewer people than this (protocol section 9). */
export const DEFAULT_MIN_COMMITTEE_COUNT = 3;

/** The summary's own small-number threshold when it carries one, else the protocol's 3. */
export function minCommitteeCount(summary: CommitteeSummary): number {
  const own = (summary as { minCommitteeCount?: unknown }).minCommitteeCount;
  return typeof own === 'number' ? own : DEFAULT_MIN_COMMITTEE_COUNT;
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

/** The status a domain is coloured by: what the data so far say while it is pending. */
export function domainShownStatus(summary: CommitteeSummary, domain: DecisionDomain): DomainStatus {
  const status = summary.domains[domain];
  return status === 'pending' ? summary.domainsSoFar[domain] : status;
}

/** A domain's status in words, with what the data so far say while it is pending. */
export function domainStatusText(
  summary: CommitteeSummary,
  domain: DecisionDomain,
  words: Readonly<Record<DomainStatus, string>>,
): string {
  const status = summary.domains[domain];
  const soFar = summary.domainsSoFar[domain];
  if (status !== 'pending' || soFar === 'pending') return words[status];
  return `${words[status]} (so far: ${words[soFar].toLowerCase()})`;
}
