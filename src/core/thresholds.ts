/**
 * The pre-specified thresholds C1–F4 (protocol section 6): observed value, target, n and
 * status, counting only what the protocol counts (evaluable pairs, members' latest feedback).
 */
import type { DecisionDomain, ProtocolConfig, ThresholdId } from './config';
import type { ApplicantPool } from './eligibility';
import { unresolvedAtPilotEnd } from './escalationState';
import { DOMAIN_KEYS } from './instruments';
import type { EscalationRecord, IsoDate, ProgrammeSettings } from './records';
import type { LinkedResponses } from './responses';
import type { CompletionReport, ThresholdPart, ThresholdResult, ThresholdStatus } from './results';
import { mean } from './stats';
import { oneDecimal, percent, plural, signed } from './wording';

export interface ThresholdInputs {
  asOf: IsoDate;
  settings: ProgrammeSettings;
  pool: ApplicantPool;
  completion: CompletionReport;
  responses: LinkedResponses;
  escalations: readonly EscalationRecord[];
  evaluableMentees: number;
  evaluableMentors: number;
  overallMeanChange: number | null;
  /** Mentees with both answers in at least one domain. */
  menteesWithPairedAnswers: number;
}

/** How a measure is judged: shares and means need enough answers; counts and inputs do not. */
type Kind = 'share' | 'mean' | 'count' | 'input';

interface Measure {
  id: ThresholdId;
  domain: DecisionDomain;
  label: string;
  kind: Kind;
  observed: number | null;
  target: number;
  n: number;
  meets: (observed: number) => boolean;
  /** Its data exist only from the pilot end date on. */
  afterPilotEnd: boolean;
  detail: string;
  parts?: ThresholdPart[];
}

/** Shares and means computed in floating point may land a hair under a target they reach. */
const TOLERANCE = 1e-9;
const atLeast = (target: number) => (observed: number) => observed >= target - TOLERANCE;
const atMost = (target: number) => (observed: number) => observed <= target + TOLERANCE;

const shareOf = (count: number, of: number): number | null => (of > 0 ? count / of : null);

function completionMeasures(input: ThresholdInputs, config: ProtocolConfig): Measure[] {
  const t = config.thresholds;
  const { completion, responses, evaluableMentees, evaluableMentors } = input;
  const meetings = config.meetings.dueMonths.length;
  const pairs = completion.evaluablePairs;
  const menteeShare = shareOf(responses.menteeFeedback.size, evaluableMentees);
  const mentorShare = shareOf(responses.mentorFeedback.size, evaluableMentors);
  const unresolved = unresolvedAtPilotEnd(input.escalations, input.settings.pilotEnd, input.asOf);
  const escalationCount = input.escalations.length;
  return [
    {
      id: 'C1',
      domain: 'completion',
      label: `At least ${percent(t.c1Share)} of evaluable pairs hold at least ${t.c1MinMeetings} of the ${meetings} structured meetings`,
      kind: 'share',
      observed: shareOf(completion.pairsWithTwoOrMoreMeetings, pairs),
      target: t.c1Share,
      n: pairs,
      meets: atLeast(t.c1Share),
      afterPilotEnd: true,
      detail: `${completion.pairsWithTwoOrMoreMeetings} of ${plural(pairs, 'evaluable pair')} (${percent(shareOf(completion.pairsWithTwoOrMoreMeetings, pairs))}) held at least ${t.c1MinMeetings} structured meetings`,
    },
    {
      id: 'C2',
      domain: 'completion',
      label: `Aspirational: at least ${percent(t.c2Share)} of evaluable pairs hold all ${meetings} structured meetings`,
      kind: 'share',
      observed: shareOf(completion.pairsWithAllMeetings, pairs),
      target: t.c2Share,
      n: pairs,
      meets: atLeast(t.c2Share),
      afterPilotEnd: true,
      detail: `${completion.pairsWithAllMeetings} of ${plural(pairs, 'evaluable pair')} (${percent(shareOf(completion.pairsWithAllMeetings, pairs))}) held all ${meetings} structured meetings`,
    },
    {
      id: 'C3',
      domain: 'completion',
      label: `End-of-pilot feedback from at least ${percent(t.c3Share)} of eligible mentees and of eligible mentors`,
      kind: 'share',
      observed:
        menteeShare === null || mentorShare === null ? null : Math.min(menteeShare, mentorShare),
      target: t.c3Share,
      // Either share over fewer than the minimum makes C3 insufficient: n is the smaller base.
      n: Math.min(evaluableMentees, evaluableMentors),
      meets: atLeast(t.c3Share),
      afterPilotEnd: true,
      detail: `Feedback from ${responses.menteeFeedback.size} of ${plural(evaluableMentees, 'mentee')} (${percent(menteeShare)}) and ${responses.mentorFeedback.size} of ${plural(evaluableMentors, 'mentor')} (${percent(mentorShare)}) in evaluable pairs`,
      parts: [
        { label: 'Mentees', observed: menteeShare, n: evaluableMentees },
        { label: 'Mentors', observed: mentorShare, n: evaluableMentors },
      ],
    },
    {
      id: 'C4',
      domain: 'completion',
      label: 'No escalation left unresolved at pilot end',
      kind: 'count',
      observed: unresolved,
      target: t.c4MaxUnresolved,
      n: escalationCount,
      meets: atMost(t.c4MaxUnresolved),
      afterPilotEnd: true,
      detail:
        escalationCount === 0
          ? 'No escalation raised'
          : `${unresolved} of ${plural(escalationCount, 'escalation')} not resolved`,
    },
  ];
}

function impactMeasures(input: ThresholdInputs, config: ProtocolConfig): Measure[] {
  const t = config.thresholds;
  const mentee = [...input.responses.menteeFeedback.values()];
  const mentor = [...input.responses.mentorFeedback.values()];
  const answered = <T>(values: (T | null)[]): T[] => values.filter((v): v is T => v !== null);
  const usefulness = answered(mentee.map((f) => f.usefulness));
  const menteeSatisfaction = answered(mentee.map((f) => f.matchSatisfaction));
  const mentorSatisfaction = answered(mentor.map((f) => f.matchSatisfaction));
  const pooled = [...menteeSatisfaction, ...mentorSatisfaction];
  const recommend = answered(mentee.map((f) => f.recommend));
  const recommending = recommend.filter((r) => r >= t.i4MinRating).length;
  return [
    {
      id: 'I1',
      domain: 'impact',
      label: `Mean improvement of at least ${signed(t.i1MeanChange)} points across the ${DOMAIN_KEYS.length} domains`,
      kind: 'mean',
      observed: input.overallMeanChange,
      target: t.i1MeanChange,
      n: input.menteesWithPairedAnswers,
      meets: atLeast(t.i1MeanChange),
      afterPilotEnd: true,
      detail: `Mean change across the domains ${signed(input.overallMeanChange)} points, from ${plural(input.menteesWithPairedAnswers, 'mentee')} with baseline and end answers`,
    },
    {
      id: 'I2',
      domain: 'impact',
      label: `Programme usefulness mean at least ${oneDecimal(t.i2Usefulness)} out of 10`,
      kind: 'mean',
      observed: mean(usefulness),
      target: t.i2Usefulness,
      n: usefulness.length,
      meets: atLeast(t.i2Usefulness),
      afterPilotEnd: true,
      detail: `Usefulness mean ${oneDecimal(mean(usefulness))} from ${plural(usefulness.length, 'mentee')}`,
    },
    {
      id: 'I3',
      domain: 'impact',
      label: `Match satisfaction mean at least ${oneDecimal(t.i3MatchSatisfaction)} out of 10 (mentees and mentors)`,
      kind: 'mean',
      observed: mean(pooled),
      target: t.i3MatchSatisfaction,
      n: pooled.length,
      meets: atLeast(t.i3MatchSatisfaction),
      afterPilotEnd: true,
      detail: `Match satisfaction mean ${oneDecimal(mean(pooled))} (mentees ${oneDecimal(mean(menteeSatisfaction))} from ${menteeSatisfaction.length}, mentors ${oneDecimal(mean(mentorSatisfaction))} from ${mentorSatisfaction.length})`,
      parts: [
        { label: 'Mentees', observed: mean(menteeSatisfaction), n: menteeSatisfaction.length },
        { label: 'Mentors', observed: mean(mentorSatisfaction), n: mentorSatisfaction.length },
      ],
    },
    {
      id: 'I4',
      domain: 'impact',
      label: `At least ${percent(t.i4Share)} of mentees rate their likelihood to recommend at least ${t.i4MinRating} out of 10`,
      kind: 'share',
      observed: shareOf(recommending, recommend.length),
      target: t.i4Share,
      n: recommend.length,
      meets: atLeast(t.i4Share),
      afterPilotEnd: true,
      detail: `${recommending} of ${plural(recommend.length, 'responding mentee')} (${percent(shareOf(recommending, recommend.length))}) rate it ${t.i4MinRating} or more`,
    },
  ];
}

function feasibilityMeasures(input: ThresholdInputs, config: ProtocolConfig): Measure[] {
  const t = config.thresholds;
  const targetPairs = input.settings.targetPairs;
  const mentorsNeeded = t.f1MentorsPerTargetPair * targetPairs;
  const menteesNeeded = t.f2MenteesPerTargetPair * targetPairs;
  const mentorApplications = input.pool.mentorByEmail.size;
  const menteeApplications = input.pool.menteeByEmail.size;
  const burden = input.settings.adminBurdenEscalated;
  const ease = [...input.responses.mentorFeedback.values()].flatMap((f) =>
    f.adminEase === null ? [] : [f.adminEase],
  );
  return [
    {
      id: 'F1',
      domain: 'feasibility',
      label: `Eligible mentors recruited: at least ${t.f1MentorsPerTargetPair} per target pair`,
      kind: 'count',
      observed: input.pool.mentors.length,
      target: mentorsNeeded,
      n: mentorApplications,
      meets: atLeast(mentorsNeeded),
      afterPilotEnd: false,
      detail: `${plural(input.pool.mentors.length, 'eligible mentor')} of ${plural(mentorApplications, 'application')}; ${mentorsNeeded} needed for ${plural(targetPairs, 'target pair')}`,
    },
    {
      id: 'F2',
      domain: 'feasibility',
      label: 'Eligible mentee applications at least the target number of pairs',
      kind: 'count',
      observed: input.pool.mentees.length,
      target: menteesNeeded,
      n: menteeApplications,
      meets: atLeast(menteesNeeded),
      afterPilotEnd: false,
      detail: `${plural(input.pool.mentees.length, 'eligible mentee application')} of ${menteeApplications}; ${menteesNeeded} needed`,
    },
    {
      id: 'F3',
      domain: 'feasibility',
      label: 'Administrative burden not escalated to the senior team (mid-pilot review)',
      kind: 'input',
      observed: burden === null ? null : burden ? 1 : 0,
      target: 0,
      n: burden === null ? 0 : 1,
      meets: atMost(0),
      afterPilotEnd: false,
      detail:
        burden === null
          ? 'Not yet assessed at the mid-pilot review'
          : burden
            ? 'Admin burden escalated to the senior team'
            : 'Admin burden not escalated to the senior team',
    },
    {
      id: 'F4',
      domain: 'feasibility',
      label: `Mentor administration ease mean at least ${oneDecimal(t.f4AdminEase)} out of 10`,
      kind: 'mean',
      observed: mean(ease),
      target: t.f4AdminEase,
      n: ease.length,
      meets: atLeast(t.f4AdminEase),
      afterPilotEnd: true,
      detail: `Administration ease mean ${oneDecimal(mean(ease))} from ${plural(ease.length, 'mentor')}`,
    },
  ];
}

function statusOf(measure: Measure, config: ProtocolConfig): ThresholdStatus {
  if (measure.observed === null) return 'insufficient_data';
  const needsAnswers = measure.kind === 'share' || measure.kind === 'mean';
  if (needsAnswers && measure.n < config.minAnswersForMeasure) return 'insufficient_data';
  return measure.meets(measure.observed) ? 'met' : 'not_met';
}

function isPending(measure: Measure, input: ThresholdInputs): boolean {
  if (measure.kind === 'input' && measure.observed === null) return true;
  const end = input.settings.pilotEnd;
  return measure.afterPilotEnd && (end === null || input.asOf < end);
}

export function assessThresholds(
  input: ThresholdInputs,
  config: ProtocolConfig,
): ThresholdResult[] {
  const measures = [
    ...completionMeasures(input, config),
    ...impactMeasures(input, config),
    ...feasibilityMeasures(input, config),
  ];
  return measures.map((m) => {
    const statusSoFar = statusOf(m, config);
    return {
      id: m.id,
      domain: m.domain,
      label: m.label,
      status: isPending(m, input) ? 'pending' : statusSoFar,
      statusSoFar,
      observed: m.observed,
      target: m.target,
      n: m.n,
      aspirational: config.aspirationalThresholds.includes(m.id),
      detail: m.detail,
      parts: m.parts ?? [],
    };
  });
}
