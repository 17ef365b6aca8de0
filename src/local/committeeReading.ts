/**
 * What the committee's files read beside the figures, in one place so summary.html and
 * summary.xlsx always agree: figures withheld under the small-number rule (the core withholds
 * them; this says how they read), and the domain statuses with what the data so far say.
 */
import type { DecisionDomain } from '../core/config';
import type { CommitteeSummary } from '../core/committeeSummary';
import type { DomainStatus } from '../core/results';
import { notShownText } from '../core/smallNumbers';

/** A figure the core withheld for being taken over too few people (it keeps the n). */
export function isSuppressed(item: { suppressed?: boolean }): boolean {
  return item.suppressed === true;
}

/** The words shown in place of a withheld figure: "fewer than 3 — not shown". */
export function suppressedText(summary: CommitteeSummary): string {
  return notShownText(summary.minCommitteeCount);
}

/** The overall mean change as words when it is withheld, else null. */
export function overallChangeWithheld(summary: CommitteeSummary): string | null {
  return summary.overallMeanChangeSuppressed ? suppressedText(summary) : null;
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
