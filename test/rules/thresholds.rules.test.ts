/**
 * Protocol section 6, the thresholds C1–F4: each at its boundary (just below, at, just above the
 * target), with blank answers, the fewer-than-3 rule, and a non-default target. The starting
 * point is the builders' `successfulPilot(n)`: n pairs that held meetings 1–3, baseline 4 and
 * end 6 in every domain, usefulness 8, match satisfaction 8 (both sides), recommend 8,
 * administration ease 7, 10 target pairs, admin burden not escalated, pilot end 12 July 2026.
 * Expected values are worked out in the comment of each row.
 */
import type { ProtocolConfig } from '../../src/core/config';
import type { MenteeFeedback, MentorFeedback, ProgrammeRecords } from '../../src/core/records';
import type { ThresholdStatus } from '../../src/core/results';
import type { EscalationStatus } from '../../src/core/instruments';
import {
  escalation,
  menteeFeedback,
  mentorFeedback,
  pair,
  scores,
  settings,
  successfulPilot,
} from '../core/builders';
import { AFTER_END, configWith, evaluateAt, menteeN, PILOT_END, thresholdOf } from './support';

type Expected = { status: ThresholdStatus; observed: number | null; n: number };
type Row = [string, () => ProgrammeRecords, Expected, ProtocolConfig?];

/** The first `k` pairs of a pilot of `n` keep only the meetings listed. */
function meetingsCut(n: number, k: number, keep: number[]): ProgrammeRecords {
  const pilot = successfulPilot(n);
  const cut = new Set(Array.from({ length: k }, (_, i) => menteeN(i + 1)));
  pilot.checkIns = pilot.checkIns.filter(
    (c) => !cut.has(c.email) || keep.includes(c.meeting as number),
  );
  return pilot;
}

/** Mentee feedback answers set one by one (the rest of each answer as in the builders). */
function menteeAnswers(n: number, answers: Partial<MenteeFeedback>[]): ProgrammeRecords {
  const pilot = successfulPilot(n);
  pilot.menteeFeedback = answers.map((a, i) => ({ ...pilot.menteeFeedback[i], ...a }));
  return pilot;
}

function mentorAnswers(n: number, answers: Partial<MentorFeedback>[]): ProgrammeRecords {
  const pilot = successfulPilot(n);
  pilot.mentorFeedback = answers.map((a, i) => ({ ...pilot.mentorFeedback[i], ...a }));
  return pilot;
}

function withEscalations(statuses: (EscalationStatus | null)[]): ProgrammeRecords {
  const pilot = successfulPilot(10);
  pilot.escalations = statuses.map((status, i) =>
    escalation(`E${i + 1}`, 'P01', {
      status,
      resolvedOn: status === 'Resolved' ? '2026-05-01' : null,
    }),
  );
  return pilot;
}

/** A pilot of 10 whose first `k` mentors (or mentees) are ineligible. */
function ineligibleMentors(k: number): ProgrammeRecords {
  const pilot = successfulPilot(10);
  pilot.mentorApplications = pilot.mentorApplications.map((m, i) =>
    i < k ? { ...m, grade: 'Foundation (FY1–FY2)' } : m,
  );
  return pilot;
}
function ineligibleMentees(k: number): ProgrammeRecords {
  const pilot = successfulPilot(10);
  pilot.menteeApplications = pilot.menteeApplications.map((m, i) =>
    i < k ? { ...m, consent: false } : m,
  );
  return pilot;
}

/** I1: mentee i changes by `changes[i]` in every domain (baseline 4, end 4 + change). */
function changes(list: number[]): ProgrammeRecords {
  return menteeAnswers(
    list.length,
    list.map((d) => ({ domains: scores(4 + d) })),
  );
}

const t = (status: ThresholdStatus, observed: number | null, n: number): Expected => ({
  status,
  observed,
  n,
});

const C1: Row[] = [
  [
    '7 of 10 pairs held ≥ 2 meetings: 0.7, at the target',
    () => meetingsCut(10, 3, [1]),
    t('met', 0.7, 10),
  ],
  ['6 of 10: 0.6, below', () => meetingsCut(10, 4, [1]), t('not_met', 0.6, 10)],
  ['8 of 10: 0.8, above', () => meetingsCut(10, 2, [1]), t('met', 0.8, 10)],
  [
    '10 of 10 with exactly 2 meetings each (1 and 3): 1',
    () => meetingsCut(10, 10, [1, 3]),
    t('met', 1, 10),
  ],
  ['3 evaluable pairs, all held: 3/3 = 1, enough pairs', () => successfulPilot(3), t('met', 1, 3)],
  [
    '2 evaluable pairs: a share over fewer than 3',
    () => successfulPilot(2),
    t('insufficient_data', 1, 2),
  ],
  ['no pair: no share', () => successfulPilot(0), t('insufficient_data', null, 0)],
  [
    'target 50%: 5 of 10 = 0.5 meets',
    () => meetingsCut(10, 5, [1]),
    t('met', 0.5, 10),
    configWith({ thresholds: { c1Share: 0.5 } }),
  ],
  [
    'target 50%: 4 of 10 = 0.4 does not',
    () => meetingsCut(10, 6, [1]),
    t('not_met', 0.4, 10),
    configWith({ thresholds: { c1Share: 0.5 } }),
  ],
];

const C2: Row[] = [
  [
    '5 of 10 held all 3: 0.5, at the aspirational target',
    () => meetingsCut(10, 5, [1, 2]),
    t('met', 0.5, 10),
  ],
  ['4 of 10: 0.4, below', () => meetingsCut(10, 6, [1, 2]), t('not_met', 0.4, 10)],
  [
    'target 40%: 4 of 10 meets',
    () => meetingsCut(10, 6, [1, 2]),
    t('met', 0.4, 10),
    configWith({ thresholds: { c2Share: 0.4 } }),
  ],
];

const C3: Row[] = [
  [
    'mentees 7/10, mentors 10/10: the smaller, 0.7, meets',
    () => menteeAnswers(10, Array(7).fill({})),
    t('met', 0.7, 10),
  ],
  ['mentees 6/10: 0.6 does not', () => menteeAnswers(10, Array(6).fill({})), t('not_met', 0.6, 10)],
  [
    'mentors 6/10, mentees 10/10: 0.6 does not',
    () => mentorAnswers(10, Array(6).fill({})),
    t('not_met', 0.6, 10),
  ],
  [
    'target 60%: mentors 6/10 meets',
    () => mentorAnswers(10, Array(6).fill({})),
    t('met', 0.6, 10),
    configWith({ thresholds: { c3Share: 0.6 } }),
  ],
];

const C4: Row[] = [
  ['no escalation: 0 unresolved', () => withEscalations([]), t('met', 0, 0)],
  ['one resolved: 0 unresolved of 1', () => withEscalations(['Resolved']), t('met', 0, 1)],
  ['one open: 1 unresolved', () => withEscalations(['Resolved', 'Open']), t('not_met', 1, 2)],
  ['status blank: not resolved', () => withEscalations([null, 'Resolved']), t('not_met', 1, 2)],
  [
    'at most 1 allowed: 1 open meets',
    () => withEscalations(['Open']),
    t('met', 1, 1),
    configWith({ thresholds: { c4MaxUnresolved: 1 } }),
  ],
  [
    'at most 1 allowed: 2 open do not',
    () => withEscalations(['Open', null]),
    t('not_met', 2, 2),
    configWith({ thresholds: { c4MaxUnresolved: 1 } }),
  ],
];

const I1: Row[] = [
  [
    '10 mentees +1 in every domain: mean +1.0, at the target',
    () => changes(Array(10).fill(1)),
    t('met', 1, 10),
  ],
  [
    '9 at +1, 1 at 0: (9 + 0)/10 = 0.9, below',
    () => changes([...Array(9).fill(1), 0]),
    t('not_met', 0.9, 10),
  ],
  [
    '9 at +1, 1 at +2: 11/10 = 1.1, above',
    () => changes([...Array(9).fill(1), 2]),
    t('met', 1.1, 10),
  ],
  [
    '7 of 10 mentees answered the end feedback, all +2: n is 7, not 10',
    () => menteeAnswers(10, Array(7).fill({})),
    t('met', 2, 7),
  ],
  ['3 mentees at +2, −1, +2: 3/3 = 1, enough answers', () => changes([2, -1, 2]), t('met', 1, 3)],
  ['2 mentees: a mean over fewer than 3', () => changes([2, 2]), t('insufficient_data', 2, 2)],
  [
    'target +0.5: 0.9 meets',
    () => changes([...Array(9).fill(1), 0]),
    t('met', 0.9, 10),
    configWith({ thresholds: { i1MeanChange: 0.5 } }),
  ],
];

const I2: Row[] = [
  [
    'usefulness 7, 7, 7: mean 7.0, at the target',
    () => menteeAnswers(3, [{ usefulness: 7 }, { usefulness: 7 }, { usefulness: 7 }]),
    t('met', 7, 3),
  ],
  [
    '7, 7, 6: 20/3 ≈ 6.67, below',
    () => menteeAnswers(3, [{ usefulness: 7 }, { usefulness: 7 }, { usefulness: 6 }]),
    t('not_met', 20 / 3, 3),
  ],
  [
    '7, 7, 8: 22/3 ≈ 7.33, above',
    () => menteeAnswers(3, [{ usefulness: 7 }, { usefulness: 7 }, { usefulness: 8 }]),
    t('met', 22 / 3, 3),
  ],
  [
    '7, 7, blank: two answers, insufficient',
    () => menteeAnswers(3, [{ usefulness: 7 }, { usefulness: 7 }, { usefulness: null }]),
    t('insufficient_data', 7, 2),
  ],
  [
    '6, 8, blank, 7: blank left out, 21/3 = 7',
    () =>
      menteeAnswers(4, [
        { usefulness: 6 },
        { usefulness: 8 },
        { usefulness: null },
        { usefulness: 7 },
      ]),
    t('met', 7, 3),
  ],
  [
    'target 6.5: 20/3 meets',
    () => menteeAnswers(3, [{ usefulness: 7 }, { usefulness: 7 }, { usefulness: 6 }]),
    t('met', 20 / 3, 3),
    configWith({ thresholds: { i2Usefulness: 6.5 } }),
  ],
];

/** Mentee and mentor match satisfaction, the rest as the builders give. */
function satisfaction(mentees: (number | null)[], mentors: (number | null)[]): ProgrammeRecords {
  const pilot = successfulPilot(Math.max(mentees.length, mentors.length));
  pilot.menteeFeedback = mentees.map((s, i) => ({
    ...pilot.menteeFeedback[i],
    matchSatisfaction: s,
  }));
  pilot.mentorFeedback = mentors.map((s, i) => ({
    ...pilot.mentorFeedback[i],
    matchSatisfaction: s,
  }));
  return pilot;
}

const I3: Row[] = [
  [
    'mentees 9, 9, 9 and mentors 5, 5, 5 pooled: 42/6 = 7',
    () => satisfaction([9, 9, 9], [5, 5, 5]),
    t('met', 7, 6),
  ],
  [
    'mentees 7, 7, 7 and mentors 6, 7, 7: 41/6 ≈ 6.83, below',
    () => satisfaction([7, 7, 7], [6, 7, 7]),
    t('not_met', 41 / 6, 6),
  ],
  [
    'mentees 10, blank, blank and mentor 4: 14/2, insufficient',
    () => satisfaction([10, null, null], [4, null, null]),
    t('insufficient_data', 7, 2),
  ],
  [
    'mentees 8, 8 and mentor 5: 21/3 = 7, three answers pooled',
    () => satisfaction([8, 8], [5]),
    t('met', 7, 3),
  ],
  [
    'target 6.8: 41/6 meets',
    () => satisfaction([7, 7, 7], [6, 7, 7]),
    t('met', 41 / 6, 6),
    configWith({ thresholds: { i3MatchSatisfaction: 6.8 } }),
  ],
];

const recommend = (list: (number | null)[]) =>
  menteeAnswers(
    list.length,
    list.map((r) => ({ recommend: r })),
  );

const I4: Row[] = [
  [
    '7 of 10 rate ≥ 7 (seven 7s, three 6s): 0.7, at the target',
    () => recommend([...Array(7).fill(7), 6, 6, 6]),
    t('met', 0.7, 10),
  ],
  [
    '6 of 10: 0.6, below',
    () => recommend([...Array(6).fill(7), 6, 6, 6, 6]),
    t('not_met', 0.6, 10),
  ],
  [
    '3 of 4 responding (one blank): denominator 3, 1',
    () => recommend([7, 7, 7, null]),
    t('met', 1, 3),
  ],
  [
    '2 of 3 responding (one blank): 2/3 ≈ 0.667, below',
    () => recommend([7, 7, 6, null]),
    t('not_met', 2 / 3, 3),
  ],
  ['2 responding: insufficient', () => recommend([9, 9, null]), t('insufficient_data', 1, 2)],
  [
    'rating 8 needed: 7s do not count, 3 of 4 = 0.75',
    () => recommend([8, 8, 10, 7]),
    t('met', 0.75, 4),
    configWith({ thresholds: { i4MinRating: 8 } }),
  ],
  [
    'rating 8 needed: 2 of 4 = 0.5',
    () => recommend([8, 7, 10, 7]),
    t('not_met', 0.5, 4),
    configWith({ thresholds: { i4MinRating: 8 } }),
  ],
  [
    'share 75% needed: 7 of 10 does not',
    () => recommend([...Array(7).fill(7), 6, 6, 6]),
    t('not_met', 0.7, 10),
    configWith({ thresholds: { i4Share: 0.75 } }),
  ],
];

const F1: Row[] = [
  [
    '8 eligible mentors of 10, target 10 pairs: 8 needed, at',
    () => ineligibleMentors(2),
    t('met', 8, 10),
  ],
  ['7 eligible: below', () => ineligibleMentors(3), t('not_met', 7, 10)],
  ['9 eligible: above', () => ineligibleMentors(1), t('met', 9, 10)],
  [
    '1.2 per pair for 5 target pairs: 6 needed, 6 meets',
    () => withTarget(ineligibleMentors(4), 5),
    t('met', 6, 10),
    configWith({ thresholds: { f1MentorsPerTargetPair: 1.2 } }),
  ],
  [
    '1.2 per pair for 5 target pairs: 5 does not',
    () => withTarget(ineligibleMentors(5), 5),
    t('not_met', 5, 10),
    configWith({ thresholds: { f1MentorsPerTargetPair: 1.2 } }),
  ],
];

const F2: Row[] = [
  ['10 eligible mentees, target 10: at', () => ineligibleMentees(0), t('met', 10, 10)],
  ['9 eligible: below', () => ineligibleMentees(1), t('not_met', 9, 10)],
  ['target 8: 8 meets', () => withTarget(ineligibleMentees(2), 8), t('met', 8, 10)],
  [
    '1.5 per pair for 6 target pairs: 9 needed, 8 does not',
    () => withTarget(ineligibleMentees(2), 6),
    t('not_met', 8, 10),
    configWith({ thresholds: { f2MenteesPerTargetPair: 1.5 } }),
  ],
];

function withTarget(pilot: ProgrammeRecords, targetPairs: number): ProgrammeRecords {
  pilot.programme = settings({ targetPairs });
  return pilot;
}
function withBurden(adminBurdenEscalated: boolean | null): ProgrammeRecords {
  const pilot = successfulPilot(10);
  pilot.programme = settings({ adminBurdenEscalated });
  return pilot;
}

const F3: Row[] = [
  ['not escalated', () => withBurden(false), t('met', 0, 1)],
  ['escalated', () => withBurden(true), t('not_met', 1, 1)],
  ['not yet assessed', () => withBurden(null), t('pending', null, 0)],
];

const ease = (list: (number | null)[]) =>
  mentorAnswers(
    list.length,
    list.map((a) => ({ adminEase: a })),
  );

const F4: Row[] = [
  ['ease 6, 6, 6: 6.0, at the target', () => ease([6, 6, 6]), t('met', 6, 3)],
  ['6, 6, 5: 17/3 ≈ 5.67, below', () => ease([6, 6, 5]), t('not_met', 17 / 3, 3)],
  ['6, 6, 7: 19/3 ≈ 6.33, above', () => ease([6, 6, 7]), t('met', 19 / 3, 3)],
  ['6, 6, blank: insufficient', () => ease([6, 6, null]), t('insufficient_data', 6, 2)],
  [
    'target 5.5: 17/3 meets',
    () => ease([6, 6, 5]),
    t('met', 17 / 3, 3),
    configWith({ thresholds: { f4AdminEase: 5.5 } }),
  ],
];

describe.each([
  ['C1', C1],
  ['C2', C2],
  ['C3', C3],
  ['C4', C4],
  ['I1', I1],
  ['I2', I2],
  ['I3', I3],
  ['I4', I4],
  ['F1', F1],
  ['F2', F2],
  ['F3', F3],
  ['F4', F4],
])('%s', (id, rows) => {
  // A rest parameter: with a fixed arity jest would pass its `done` callback as the configuration.
  it.each(rows)('%s', (...row: Row) => {
    const [, make, expected, config] = row;
    const found = thresholdOf(evaluateAt(make(), AFTER_END, config), id);
    expect(found.status).toBe(expected.status);
    expect(found.n).toBe(expected.n);
    if (expected.observed === null) expect(found.observed).toBeNull();
    else expect(found.observed).toBeCloseTo(expected.observed, 12);
  });
});

describe('C3 shares and their bases', () => {
  // Four pairs, two mentors with two mentees each: 4 eligible mentees, 2 eligible mentors.
  function twoMentorsOfTwo(): ProgrammeRecords {
    const pilot = successfulPilot(4);
    pilot.pairs = [1, 2, 3, 4].map((i) =>
      pair(`P0${i}`, menteeN(i), i <= 2 ? 'mentor1@nhs.example' : 'mentor2@nhs.example'),
    );
    pilot.mentorApplications = pilot.mentorApplications.map((m) => ({ ...m, capacity: 2 }));
    pilot.mentorFeedback = pilot.mentorFeedback.slice(0, 2);
    return pilot;
  }

  it('shows both shares, each over its own base', () => {
    const c3 = thresholdOf(evaluateAt(twoMentorsOfTwo()), 'C3');
    expect(c3.parts).toEqual([
      { label: 'Mentees', observed: 1, n: 4 }, // 4 of 4
      { label: 'Mentors', observed: 1, n: 2 }, // 2 of 2
    ]);
  });

  it('is insufficient data when either base is under 3, its n the smaller base (2)', () => {
    const c3 = thresholdOf(evaluateAt(twoMentorsOfTwo()), 'C3');
    expect(c3).toMatchObject({ status: 'insufficient_data', n: 2 });
  });

  it('observes the smaller share with the smaller base as n (mentees 7/10, mentors 3/3)', () => {
    // Ten pairs over three mentors (4, 3, 3 mentees): mentees 7 of 10 = 0.7, mentors 3 of 3 = 1.
    const pilot = successfulPilot(10);
    pilot.pairs = pilot.pairs.map((p, i) => ({
      ...p,
      mentorEmail: `mentor${i < 4 ? 1 : i < 7 ? 2 : 3}@nhs.example`,
    }));
    pilot.mentorFeedback = pilot.mentorFeedback.slice(0, 3);
    pilot.menteeFeedback = pilot.menteeFeedback.slice(0, 7);
    const c3 = thresholdOf(evaluateAt(pilot), 'C3');
    expect(c3).toMatchObject({ status: 'met', observed: 0.7, n: 3 });
  });
});

describe('I1 is the mean of the eleven domain means', () => {
  it('weighs each domain alike, whatever its number of answers', () => {
    // Three mentees. Mentee 1 answered only "supported" at the end: 4 → 10 (+6). Mentees 2 and
    // 3 answered every domain with no change. Supported: (6 + 0 + 0)/3 = 2; the ten others:
    // 0 over 2. I1 = (2 + 10 × 0)/11 = 2/11 (a pooled mean would be 6/23).
    const pilot = successfulPilot(3);
    pilot.menteeFeedback = [
      { ...pilot.menteeFeedback[0], domains: { supported: 10 } },
      { ...pilot.menteeFeedback[1], domains: scores(4) },
      { ...pilot.menteeFeedback[2], domains: scores(4) },
    ];
    const i1 = thresholdOf(evaluateAt(pilot), 'I1');
    expect(i1.observed).toBeCloseTo(2 / 11, 12);
    expect(i1).toMatchObject({ status: 'not_met', n: 3 });
  });
});

describe('I1 leaves out a domain nobody answered', () => {
  it('takes the mean over the ten domains with a mean change', () => {
    // Every mentee +1 in every domain but "wellbeing", left blank at the end by all:
    // I1 = (10 × 1)/10 = 1 (met), not 10/11 (a blank domain is not a change of 0).
    const pilot = changes([1, 1, 1]);
    pilot.menteeFeedback.forEach((f) => delete f.domains.wellbeing);
    const e = evaluateAt(pilot);
    expect(thresholdOf(e, 'I1')).toMatchObject({ status: 'met', observed: 1, n: 3 });
  });
});

describe('whose feedback counts', () => {
  it('only members of evaluable pairs: an excused withdrawal and an unpaired applicant are not counted', () => {
    // 4 pairs, pair 4 withdrew beyond control: its mentee said usefulness 1, an unpaired
    // applicant said 1. I2 = (8 + 8 + 8)/3 = 8 over 3.
    const pilot = successfulPilot(5);
    pilot.pairs = pilot.pairs.slice(0, 4);
    pilot.pairs[3] = { ...pilot.pairs[3], status: 'Withdrawn', beyondControl: true };
    pilot.menteeFeedback = pilot.menteeFeedback.map((f, i) =>
      i >= 3 ? { ...f, usefulness: 1 } : f,
    );
    const i2 = thresholdOf(evaluateAt(pilot), 'I2');
    expect(i2).toMatchObject({ status: 'met', observed: 8, n: 3 });
  });

  it('counts the later answer of a person who answered twice', () => {
    // Mentee 1 answered 2 (13 July) then 5 (20 July, listed first): (5 + 8 + 8)/3 = 7.
    const pilot = successfulPilot(3);
    pilot.menteeFeedback[0] = {
      ...pilot.menteeFeedback[0],
      usefulness: 2,
      timestamp: Date.UTC(2026, 6, 13),
    };
    pilot.menteeFeedback.unshift(
      menteeFeedback(menteeN(1), { usefulness: 5, timestamp: Date.UTC(2026, 6, 20) }),
    );
    expect(thresholdOf(evaluateAt(pilot), 'I2')).toMatchObject({
      observed: 7,
      n: 3,
      status: 'met',
    });
  });

  it('counts a mentor once across their two mentees', () => {
    // Mentor 1 mentors mentees 1 and 2; mentors 1, 3 answered ease 9 and 3, others none: 12/2.
    const pilot = successfulPilot(3);
    pilot.pairs[1] = { ...pilot.pairs[1], mentorEmail: 'mentor1@nhs.example' };
    pilot.mentorFeedback = [
      mentorFeedback('mentor1@nhs.example', { adminEase: 9 }),
      mentorFeedback('mentor3@nhs.example', { adminEase: 3 }),
    ];
    expect(thresholdOf(evaluateAt(pilot), 'F4')).toMatchObject({ observed: 6, n: 2 });
  });
});

describe('pending until the pilot end date', () => {
  const AFTER = ['C1', 'C2', 'C3', 'C4', 'I1', 'I2', 'I3', 'I4', 'F4'];
  const statuses = (asOf: string, pilotEnd: string | null = PILOT_END) => {
    const pilot = successfulPilot(10);
    pilot.programme = settings({ pilotEnd });
    return Object.fromEntries(evaluateAt(pilot, asOf).thresholds.map((x) => [x.id, x.status]));
  };

  it('the day before the end date: every end-of-pilot threshold pending, F1–F3 judged', () => {
    const s = statuses('2026-07-11');
    for (const id of AFTER) expect(s[id]).toBe('pending');
    expect([s.F1, s.F2, s.F3]).toEqual(['met', 'met', 'met']);
  });

  it('on the end date itself: every threshold judged', () => {
    const s = statuses(PILOT_END);
    for (const id of [...AFTER, 'F1', 'F2', 'F3']) expect(s[id]).toBe('met');
  });

  it('with no end date: pending whatever the date', () => {
    const s = statuses('2030-01-01', null);
    for (const id of AFTER) expect(s[id]).toBe('pending');
  });

  it('keeps what the data so far give beside the pending status', () => {
    const pilot = successfulPilot(10);
    pilot.menteeFeedback = pilot.menteeFeedback.slice(0, 2);
    const i2 = thresholdOf(evaluateAt(pilot, '2026-07-11'), 'I2');
    expect(i2).toMatchObject({ status: 'pending', statusSoFar: 'insufficient_data', n: 2 });
  });
});
