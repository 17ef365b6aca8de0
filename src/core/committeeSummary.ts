/**
 * The committee's view of an evaluation: aggregates only. Committee files (summary.xlsx,
 * summary.html, the shared summary spreadsheet) are made from this and nothing else, so no
 * email, name, free text, wellbeing answer or per-person row can reach them.
 */
import type { Evaluation, ProtocolLock } from './results';
import type { Explanation } from './explain';
import type { ReproducibilityStamp } from './stamp';

/** The evaluation's aggregate parts as they are; per-person parts reduced to counts below. */
type Aggregates = Pick<
  Evaluation,
  | 'asOf'
  | 'provisional'
  | 'scenario'
  | 'recommendation'
  | 'domains'
  | 'domainsSoFar'
  | 'scenarioRestsOn'
  | 'atRisk'
  | 'reasons'
  | 'thresholds'
  | 'outcomes'
  | 'overallMeanChange'
  | 'reAim'
  | 'escalations'
  | 'lock'
>;

export interface CommitteeSummary extends Aggregates {
  completion: {
    confirmedPairs: number;
    evaluablePairs: number;
    excusedWithdrawals: number;
    otherWithdrawals: number;
    pairsWithTwoOrMoreMeetings: number;
    pairsWithAllMeetings: number;
  };
  level3: {
    safety: Evaluation['level3']['safety'];
    goals: Evaluation['level3']['goals'];
  };
  /** How many import issues the Lead has to look at (the issues themselves stay with the Lead). */
  importIssueCount: number;
  /** Which Dyad, inputs, configuration and date made it (absent when the caller gave none). */
  stamp?: ReproducibilityStamp;
  /** The report in plain words (absent when the caller gave none). */
  explanation?: Explanation;
}

/** What the adapter adds that the evaluation does not know: the run and the plain words. */
export interface SummaryContext {
  stamp?: ReproducibilityStamp;
  explanation?: Explanation;
}

export function committeeSummary(
  evaluation: Evaluation,
  { stamp, explanation }: SummaryContext = {},
): CommitteeSummary {
  const { completion, level3 } = evaluation;
  return {
    asOf: evaluation.asOf,
    provisional: evaluation.provisional,
    scenario: evaluation.scenario,
    recommendation: evaluation.recommendation,
    domains: { ...evaluation.domains },
    domainsSoFar: { ...evaluation.domainsSoFar },
    scenarioRestsOn: [...evaluation.scenarioRestsOn],
    atRisk: [...evaluation.atRisk],
    reasons: [...evaluation.reasons],
    thresholds: evaluation.thresholds.map((t) => ({ ...t, parts: t.parts.map((p) => ({ ...p })) })),
    outcomes: evaluation.outcomes.map((o) => ({ ...o })),
    overallMeanChange: evaluation.overallMeanChange,
    completion: {
      confirmedPairs: completion.confirmedPairs,
      evaluablePairs: completion.evaluablePairs,
      excusedWithdrawals: completion.excusedWithdrawals.length,
      otherWithdrawals: completion.otherWithdrawals.length,
      pairsWithTwoOrMoreMeetings: completion.pairsWithTwoOrMoreMeetings,
      pairsWithAllMeetings: completion.pairsWithAllMeetings,
    },
    level3: { safety: { ...level3.safety }, goals: { ...level3.goals } },
    reAim: evaluation.reAim,
    escalations: { ...evaluation.escalations },
    lock: withoutAccounts(evaluation.lock),
    importIssueCount: evaluation.importIssues.length,
    ...(stamp ? { stamp: { ...stamp, inputs: stamp.inputs.map((i) => ({ ...i })) } } : {}),
    ...(explanation ? { explanation } : {}),
  };
}

/** Who locked or changed the protocol is kept by role: an account's email is personal data. */
function withoutAccounts(lock: ProtocolLock): ProtocolLock {
  const role = (who: string | null): string | null => (who ? 'Programme Lead' : who);
  return {
    ...lock,
    lockedBy: role(lock.lockedBy),
    deviations: lock.deviations.map((d) => ({ ...d, who: role(d.who) ?? '' })),
  };
}
