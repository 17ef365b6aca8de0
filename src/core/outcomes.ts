/** Paired baseline-to-end outcomes per domain (protocol section 8), Holm-adjusted across domains. */
import type { ApplicantPool } from './eligibility';
import { DOMAINS } from './instruments';
import type { MenteeFeedback, PairRecord } from './records';
import type { DomainOutcome } from './results';
import { holmAdjust, mean, pairedStatistics, type ScorePair } from './stats';

/** Baseline from the mentee's current application, end from their feedback that counts. */
export function domainOutcomes(
  evaluable: readonly PairRecord[],
  pool: ApplicantPool,
  feedback: ReadonlyMap<string, MenteeFeedback>,
): DomainOutcome[] {
  const mentees = [...new Set(evaluable.map((p) => p.menteeEmail))];
  const outcomes = DOMAINS.map((domain): DomainOutcome => {
    const pairs: ScorePair[] = [];
    for (const email of mentees) {
      const baseline = pool.menteeByEmail.get(email)?.baseline[domain.key];
      const end = feedback.get(email)?.domains[domain.key];
      if (baseline !== undefined && end !== undefined) pairs.push({ baseline, end });
    }
    return {
      key: domain.key,
      title: domain.title,
      group: domain.group,
      kirkpatrickLevel: domain.kirkpatrickLevel,
      ...pairedStatistics(pairs),
      holmP: null,
    };
  });
  const adjusted = holmAdjust(outcomes.map((o) => o.wilcoxonP));
  return outcomes.map((o, i) => ({ ...o, holmP: adjusted[i] }));
}

/** I1's observed value: the mean of the domain mean changes that exist. */
export function overallMeanChange(outcomes: readonly DomainOutcome[]): number | null {
  return mean(outcomes.flatMap((o) => (o.meanChange === null ? [] : [o.meanChange])));
}

/** Mentees with both answers in at least one domain: the n behind I1. */
export function menteesWithPairedAnswers(
  evaluable: readonly PairRecord[],
  pool: ApplicantPool,
  feedback: ReadonlyMap<string, MenteeFeedback>,
): number {
  const mentees = new Set(evaluable.map((p) => p.menteeEmail));
  return [...mentees].filter((email) =>
    DOMAINS.some(
      (d) =>
        pool.menteeByEmail.get(email)?.baseline[d.key] !== undefined &&
        feedback.get(email)?.domains[d.key] !== undefined,
    ),
  ).length;
}
