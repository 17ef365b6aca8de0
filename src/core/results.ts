/**
 * What the engine answers: the match proposals and the evaluation. Their JSON form is the
 * contract of protocol section 11 (`matches.json`, `summary.json`).
 */
import type { SheetAccount, UncountedAnswer } from './accounting';
import type { DecisionDomain, FactorKey, Scenario, ThresholdId } from './config';
import type { DomainGroup, DomainKey } from './instruments';
import type { ImportIssue, IsoDate, MeetingNumber } from './records';
import type { PairedStatistics } from './stats/paired';

export type Role = 'mentee' | 'mentor';

export interface IneligibleApplicant {
  email: string;
  role: Role;
  reason: string;
}

export interface Alternative {
  mentor: string;
  score: number;
  /** Other mentees this mentor is already proposed or confirmed for, with those pairs' scores. */
  proposedFor?: { mentee: string; score: number; confirmed: boolean }[];
  /** Whether this mentor still has a place left in the assignment. */
  freePlace?: boolean;
  /** Why the proposal is still the best overall, in one sentence. */
  why?: string;
}

export interface Proposal {
  mentee: string;
  mentor: string;
  /** Points out of the maximum (11 by default). */
  score: number;
  percent: number;
  /** Points per factor (weight × factor score). */
  factors: Record<FactorKey, number>;
  /** The mentee's next-best mentors other than this one, best first. */
  alternatives: Alternative[];
  /** A pair the Lead and the IMG Tutor already confirmed: kept fixed, not a new proposal. */
  confirmed: boolean;
}

export interface MatchResult {
  /** Sum of the scores of every pair in the assignment, confirmed pairs included. */
  totalScore: number;
  proposals: Proposal[];
  /** Eligible mentees left without a mentor. */
  unmatched: string[];
  ineligible: IneligibleApplicant[];
}

export type ThresholdStatus = 'met' | 'not_met' | 'pending' | 'insufficient_data';
export type DomainStatus = 'met' | 'partial' | 'not_met' | 'pending';

/** A part of a threshold shown beside it (C3: mentees and mentors; I3: both means). */
export interface ThresholdPart {
  label: string;
  observed: number | null;
  n: number;
  /** Committee view only: the value is withheld, being taken over too few people. */
  suppressed?: boolean;
}

export interface ThresholdResult {
  id: ThresholdId;
  domain: DecisionDomain;
  label: string;
  status: ThresholdStatus;
  /**
   * What the data so far give (`met`, `not_met` or `insufficient_data`), even while the
   * threshold is pending; equals `status` otherwise.
   */
  statusSoFar: ThresholdStatus;
  observed: number | null;
  target: number;
  n: number;
  /** Shown, never decides (C2). */
  aspirational: boolean;
  /** The finding in words, e.g. "7 of 10 evaluable pairs held at least 2 structured meetings". */
  detail: string;
  parts: ThresholdPart[];
  /** Committee view only: the observed value is withheld, being taken over too few people. */
  suppressed?: boolean;
}

/** One domain's paired statistics (protocol section 8), with its Holm-adjusted p. */
export interface DomainOutcome extends PairedStatistics {
  key: DomainKey;
  title: string;
  group: DomainGroup;
  kirkpatrickLevel: 2 | 3;
  holmP: number | null;
  /** Committee view only: every statistic withheld, being taken over too few mentees. */
  suppressed?: boolean;
}

export interface OverdueMeeting {
  meeting: MeetingNumber;
  dueOn: IsoDate;
  overdueSince: IsoDate;
}

export interface PairProgress {
  pairId: string;
  mentee: string;
  mentor: string;
  status: string;
  meetingsHeld: MeetingNumber[];
  /** Structured meetings due by the as-of date and not yet held (overdue ones included). */
  due: MeetingNumber[];
  overdue: OverdueMeeting[];
}

export interface Withdrawal {
  pairId: string;
  withdrawalDate: IsoDate | null;
  beyondControl: boolean;
}

export interface CompletionReport {
  confirmedPairs: number;
  evaluablePairs: number;
  /** Withdrawn beyond programme control: listed apart, never counted as failures. */
  excusedWithdrawals: Withdrawal[];
  /** Withdrawn for other reasons: still evaluable, counted against completion. */
  otherWithdrawals: Withdrawal[];
  pairsWithTwoOrMoreMeetings: number;
  pairsWithAllMeetings: number;
  /** Evaluable pairs, with meetings held, due and overdue at the as-of date. */
  pairs: PairProgress[];
}

export interface PairLevel3Change {
  pairId: string;
  safetyMeeting1: number | null;
  safetyMeeting3: number | null;
  safetyChange: number | null;
  /** Mean goal progress over the goals answered at that meeting. */
  goalMeeting1: number | null;
  goalMeeting3: number | null;
  goalChange: number | null;
}

export interface Level3Evidence {
  pairs: PairLevel3Change[];
  safety: {
    n: number;
    meanMeeting1: number | null;
    meanMeeting3: number | null;
    meanChange: number | null;
  };
  goals: {
    n: number;
    meanMeeting1: number | null;
    meanMeeting3: number | null;
    meanChange: number | null;
  };
}

export interface ReAim {
  reach: {
    menteeApplications: number;
    eligibleMentees: number;
    mentorApplications: number;
    eligibleMentors: number;
    targetPairs: number;
    confirmedPairs: number;
  };
  effectiveness: ThresholdId[];
  adoption: {
    mentorsResponding: number;
    willingYes: number;
    willingMaybe: number;
    willingNo: number;
    /** Share of responding mentors of evaluable pairs answering "Yes". */
    willingShare: number | null;
  };
  implementation: ThresholdId[];
  maintenance: { committeeDecision: string; committeeDecisionDate: IsoDate | null };
}

export interface Deviation {
  when: string;
  who: string;
  what: string;
}

export interface ProtocolLock {
  locked: boolean;
  hash: string | null;
  lockedAt: string | null;
  lockedBy: string | null;
  deviations: Deviation[];
}

export interface Evaluation {
  asOf: IsoDate;
  provisional: boolean;
  scenario: Scenario;
  recommendation: string;
  domains: Record<DecisionDomain, DomainStatus>;
  /** What the data so far give per domain (never pending); equals `domains` once decided. */
  domainsSoFar: Record<DecisionDomain, DomainStatus>;
  /** The domains the (provisional) scenario rests on: those short of met so far, or all three. */
  scenarioRestsOn: DecisionDomain[];
  /** Deciding thresholds whose data so far say not met or insufficient, pending ones included. */
  atRisk: ThresholdId[];
  /** Why: the thresholds that decided the scenario, in words. */
  reasons: string[];
  thresholds: ThresholdResult[];
  outcomes: DomainOutcome[];
  overallMeanChange: number | null;
  completion: CompletionReport;
  level3: Level3Evidence;
  reAim: ReAim;
  escalations: { open: number; resolved: number };
  lock: ProtocolLock;
  importIssues: ImportIssue[];
  /** Every row of every sheet: counted, kept aside (why) or excluded (why). For the Lead. */
  rowAccounting?: SheetAccount[];
  /** Feedback kept for the Lead but not counted, with why (protocol section 6). */
  uncountedFeedback?: UncountedAnswer[];
  /** The configuration's `minCommitteeCount`: committee files show no figure over fewer people. */
  minCommitteeCount?: number;
}
