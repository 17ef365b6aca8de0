/**
 * Hand-built evaluations and match results for the writers' and renderers' tests. The people
 * in them carry emails and names on purpose, so a test can prove they never reach a committee file.
 */
import { DEFAULT_CONFIG, FACTOR_KEYS, type ThresholdId } from '../../src/core/config';
import { committeeSummary, type CommitteeSummary } from '../../src/core/committeeSummary';
import { DOMAINS } from '../../src/core/instruments';
import type {
  DomainOutcome,
  Evaluation,
  MatchResult,
  ThresholdResult,
  ThresholdStatus,
} from '../../src/core/results';

export const FIXTURE_EMAILS = [
  'mentee.one@example.org',
  'mentor.one@nhs.net',
  'mentee.two@example.org',
  'mentor.two@nhs.net',
];

const THRESHOLD_ROWS: [ThresholdId, ThresholdResult['domain'], number | null, number, number][] = [
  ['C1', 'completion', 0.8, 0.7, 10],
  ['C2', 'completion', 0.6, 0.5, 10],
  ['C3', 'completion', 0.75, 0.7, 10],
  ['C4', 'completion', 0, 0, 1],
  ['I1', 'impact', 1.4545454545, 1, 8],
  ['I2', 'impact', 8.125, 7, 8],
  ['I3', 'impact', 7.5, 7, 16],
  ['I4', 'impact', 0.875, 0.7, 8],
  ['F1', 'feasibility', 11, 8, 11],
  ['F2', 'feasibility', 13, 10, 13],
  ['F3', 'feasibility', 0, 0, 1],
  ['F4', 'feasibility', 6.5, 6, 8],
];

export function makeThreshold(
  id: ThresholdId,
  status: ThresholdStatus = 'met',
  overrides: Partial<ThresholdResult> = {},
): ThresholdResult {
  const row = THRESHOLD_ROWS.find((r) => r[0] === id);
  if (!row) throw new Error(`no fixture threshold ${id}`);
  const [, domain, observed, target, n] = row;
  return {
    id,
    domain,
    label: `Threshold ${id}`,
    status,
    statusSoFar: status,
    observed,
    target,
    n,
    aspirational: id === 'C2',
    detail: `Finding for ${id}`,
    parts:
      id === 'C3'
        ? [
            { label: 'Mentees', observed: 0.8, n: 10 },
            { label: 'Mentors', observed: 0.75, n: 8 },
          ]
        : [],
    ...overrides,
  };
}

export function makeOutcome(index: number, overrides: Partial<DomainOutcome> = {}): DomainOutcome {
  const domain = DOMAINS[index];
  const baselineMean = 4 + index * 0.2;
  const meanChange = 1 + index * 0.1;
  return {
    key: domain.key,
    title: domain.title,
    group: domain.group,
    kirkpatrickLevel: domain.kirkpatrickLevel,
    n: 8,
    baselineMean,
    endMean: baselineMean + meanChange,
    meanChange,
    sdChange: 0.9,
    ci95: [meanChange - 0.7, meanChange + 0.7],
    improvedShare: 0.875,
    rankBiserial: 0.9,
    wilcoxonP: 0.0123 + index * 0.001,
    holmP: Math.min(1, (0.0123 + index * 0.001) * (11 - index)),
    ...overrides,
  };
}

export function makeEvaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  const thresholds = THRESHOLD_ROWS.map((r) => makeThreshold(r[0]));
  return {
    asOf: '2026-08-10',
    provisional: false,
    scenario: 1,
    recommendation: DEFAULT_CONFIG.recommendations[1],
    domains: { completion: 'met', impact: 'met', feasibility: 'met' },
    domainsSoFar: { completion: 'met', impact: 'met', feasibility: 'met' },
    scenarioRestsOn: ['completion', 'impact', 'feasibility'],
    atRisk: [],
    reasons: [
      'Completion met: C1, C3, C4 met',
      'Impact met: I1–I4 met',
      'Feasibility met: F1–F4 met',
    ],
    thresholds,
    outcomes: DOMAINS.map((_, i) => makeOutcome(i)),
    overallMeanChange: 1.5,
    completion: {
      confirmedPairs: 2,
      evaluablePairs: 2,
      excusedWithdrawals: [{ pairId: 'P03', withdrawalDate: '2026-03-01', beyondControl: true }],
      otherWithdrawals: [],
      pairsWithTwoOrMoreMeetings: 2,
      pairsWithAllMeetings: 1,
      pairs: [
        {
          pairId: 'P01',
          mentee: FIXTURE_EMAILS[0],
          mentor: FIXTURE_EMAILS[1],
          status: 'Active',
          meetingsHeld: [1, 2, 3],
          due: [],
          overdue: [],
        },
        {
          pairId: 'P02',
          mentee: FIXTURE_EMAILS[2],
          mentor: FIXTURE_EMAILS[3],
          status: 'Active',
          meetingsHeld: [1, 2],
          due: [3],
          overdue: [{ meeting: 3, dueOn: '2026-07-12', overdueSince: '2026-07-26' }],
        },
      ],
    },
    level3: {
      pairs: [
        {
          pairId: 'P01',
          safetyMeeting1: 5,
          safetyMeeting3: 8,
          safetyChange: 3,
          goalMeeting1: 4,
          goalMeeting3: 7,
          goalChange: 3,
        },
      ],
      safety: { n: 1, meanMeeting1: 5, meanMeeting3: 8, meanChange: 3 },
      goals: { n: 1, meanMeeting1: 4, meanMeeting3: 7, meanChange: 3 },
    },
    reAim: {
      reach: {
        menteeApplications: 15,
        eligibleMentees: 13,
        mentorApplications: 12,
        eligibleMentors: 11,
        targetPairs: 10,
        confirmedPairs: 10,
      },
      effectiveness: ['I1', 'I2', 'I3', 'I4'],
      adoption: {
        mentorsResponding: 8,
        willingYes: 6,
        willingMaybe: 1,
        willingNo: 1,
        willingShare: 0.75,
      },
      implementation: ['C1', 'C2', 'C3'],
      maintenance: { committeeDecision: '', committeeDecisionDate: null },
    },
    escalations: { open: 0, resolved: 1 },
    lock: {
      locked: true,
      hash: 'a'.repeat(64),
      lockedAt: '2026-01-05T09:00:00Z',
      lockedBy: 'lead@nhs.net',
      deviations: [
        { when: '2026-03-02T10:00:00Z', who: 'lead@nhs.net', what: 'Target pairs 10 → 12' },
      ],
    },
    importIssues: [
      { sheet: 'check-in', row: 7, problem: 'Check-in from an unknown email stranger@example.org' },
    ],
    ...overrides,
  };
}

export function makeSummary(overrides: Partial<Evaluation> = {}): CommitteeSummary {
  return committeeSummary(makeEvaluation(overrides));
}

export function makeMatchResult(): MatchResult {
  const factors = Object.fromEntries(
    FACTOR_KEYS.map((k) => [k, 1]),
  ) as MatchResult['proposals'][number]['factors'];
  return {
    totalScore: 17.5,
    proposals: [
      {
        mentee: FIXTURE_EMAILS[0],
        mentor: FIXTURE_EMAILS[1],
        score: 9,
        percent: (9 / 11) * 100,
        factors: { ...factors, specialty: 2, pathway: 1, needs: 1.5, availability: 0.5 },
        alternatives: [{ mentor: FIXTURE_EMAILS[3], score: 7 }],
        confirmed: true,
      },
      {
        mentee: FIXTURE_EMAILS[2],
        mentor: FIXTURE_EMAILS[3],
        score: 8.5,
        percent: (8.5 / 11) * 100,
        factors: { ...factors, specialty: 1, pathway: 2, needs: 1.5 },
        alternatives: [],
        confirmed: false,
      },
    ],
    unmatched: ['waiting@example.org'],
    ineligible: [
      { email: 'fy2@nhs.net', role: 'mentor', reason: 'Foundation grade cannot mentor' },
    ],
  };
}
