/**
 * The committee's view of an evaluation: aggregates only. Committee files (summary.xlsx,
 * summary.html, the shared summary spreadsheet) are made from this and nothing else, so no
 * email, name, free text, wellbeing answer or per-person row can reach them.
 */
import { DEFAULT_CONFIG } from './config';
import type { Evaluation, ProtocolLock, ReAim } from './results';
import {
  rewordReasons,
  suppressLevel3,
  suppressOutcome,
  suppressThreshold,
  type Level3Mean,
} from './smallNumbers';
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
  | 'escalations'
  | 'lock'
>;

/** RE-AIM with the adoption figures that are withheld (null) when too few mentors answered. */
export interface SummaryReAim extends Omit<ReAim, 'adoption'> {
  adoption: {
    mentorsResponding: number;
    willingYes: number | null;
    willingMaybe: number | null;
    willingNo: number | null;
    willingShare: number | null;
    suppressed?: boolean;
  };
}

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
    safety: Level3Mean;
    goals: Level3Mean;
  };
  reAim: SummaryReAim;
  /** No figure over fewer people than this is shown (null and `suppressed`); 0 in the Lead's own view. */
  minCommitteeCount: number;
  /** Whether I1's overall mean change is withheld. */
  overallMeanChangeSuppressed?: boolean;
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

/** The aggregates with every figure, for the Lead's own files (summary.json). */
export function leadSummary(
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
    reAim: { ...evaluation.reAim, adoption: { ...evaluation.reAim.adoption } },
    escalations: { ...evaluation.escalations },
    lock: withoutAccounts(evaluation.lock),
    importIssueCount: evaluation.importIssues.length,
    ...(stamp ? { stamp: { ...stamp, inputs: stamp.inputs.map((i) => ({ ...i })) } } : {}),
    ...(explanation ? { explanation } : {}),
    minCommitteeCount: 0,
  };
}

/**
 * The committee's view: the Lead's aggregates less every figure taken over fewer than
 * `minCommitteeCount` people (protocol section 9), each marked `suppressed`.
 */
export function committeeSummary(
  evaluation: Evaluation,
  context: SummaryContext = {},
): CommitteeSummary {
  const minimum = evaluation.minCommitteeCount ?? DEFAULT_CONFIG.minCommitteeCount;
  const all = leadSummary(evaluation, context);
  const thresholds = all.thresholds.map((t) => suppressThreshold(t, minimum));
  const i1 = thresholds.find((t) => t.id === 'I1');
  const overallHidden = i1 !== undefined && i1.n < minimum;
  const adoption = all.reAim.adoption;
  const fewMentors = adoption.mentorsResponding < minimum;
  return {
    ...all,
    reasons: rewordReasons(all.reasons, all.thresholds, thresholds),
    thresholds,
    outcomes: all.outcomes.map((o) => suppressOutcome(o, minimum)),
    overallMeanChange: overallHidden ? null : all.overallMeanChange,
    ...(overallHidden ? { overallMeanChangeSuppressed: true } : {}),
    level3: {
      safety: suppressLevel3(all.level3.safety, minimum),
      goals: suppressLevel3(all.level3.goals, minimum),
    },
    reAim: fewMentors
      ? {
          ...all.reAim,
          adoption: {
            mentorsResponding: adoption.mentorsResponding,
            willingYes: null,
            willingMaybe: null,
            willingNo: null,
            willingShare: null,
            suppressed: true,
          },
        }
      : all.reAim,
    minCommitteeCount: minimum,
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
