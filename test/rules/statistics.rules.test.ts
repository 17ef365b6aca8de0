/**
 * Protocol section 8, outcome statistics per domain, Level 3 evidence, and RE-AIM adoption.
 * Every expected value is worked out by hand in the comment beside it; the two t quantiles are
 * R's qt(0.975, 4) = 2.776445105 and qt(0.975, 3) = 3.182446305, and Φ is the standard normal
 * distribution function.
 */
import type { DomainKey } from '../../src/core/instruments';
import type { CheckIn, DomainScores, ProgrammeRecords } from '../../src/core/records';
import type { DomainOutcome } from '../../src/core/results';
import { checkIn, mentorFeedback, pair, scores, successfulPilot } from '../core/builders';
import { evaluateAt, menteeN, thresholdOf } from './support';

/** Mentee i (0-based) has these baselines and ends; every other domain 5 → 5. */
function cohort(domains: Partial<Record<DomainKey, [number[], number[]]>>, n: number) {
  const pilot = successfulPilot(n);
  const at = (i: number, which: 0 | 1): DomainScores => {
    const s = scores(5);
    for (const [key, values] of Object.entries(domains)) s[key as DomainKey] = values[which][i];
    return s;
  };
  pilot.menteeApplications = pilot.menteeApplications.map((a, i) => ({ ...a, baseline: at(i, 0) }));
  pilot.menteeFeedback = pilot.menteeFeedback.map((f, i) => ({ ...f, domains: at(i, 1) }));
  return pilot;
}

const outcome = (pilot: ProgrammeRecords, key: DomainKey): DomainOutcome => {
  const found = evaluateAt(pilot).outcomes.find((o) => o.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe('per domain, two domains changing and nine not', () => {
  // supported: d = 1, 2, 3, 4, 5. belonging: d = 1, 2, 3, 4, −5. The nine others: d = 0.
  const pilot = cohort(
    {
      supported: [
        [3, 4, 5, 6, 2],
        [4, 6, 8, 10, 7],
      ],
      belonging: [
        [5, 5, 5, 5, 9],
        [6, 7, 8, 9, 4],
      ],
    },
    5,
  );
  const e = evaluateAt(pilot);
  const by = (key: DomainKey) => e.outcomes.find((o) => o.key === key) as DomainOutcome;

  it('supported: means, change, SD, CI, share improved, effect size and exact p', () => {
    const o = by('supported');
    expect(o).toMatchObject({
      n: 5,
      baselineMean: 4, // 20/5
      endMean: 7, // 35/5
      meanChange: 3, // 15/5
      improvedShare: 1, // 5 of 5
      rankBiserial: 1, // ranks 1..5 all positive: (15 − 0)/15
    });
    expect(o.sdChange).toBeCloseTo(Math.sqrt(2.5), 12); // Σ(d − 3)² = 10, / 4
    // 3 ± 2.776445105 × √2.5/√5 = 3 ± 1.963243162
    expect(o.ci95?.[0]).toBeCloseTo(1.036756838, 8);
    expect(o.ci95?.[1]).toBeCloseTo(4.963243162, 8);
    // No ties, no zeros, n = 5 < 50: exact. V = 15, the largest of 2⁵ = 32 sign patterns:
    // p = 2 × 1/32.
    expect(o.wilcoxonP).toBeCloseTo(0.0625, 12);
  });

  it('belonging: a negative difference', () => {
    const o = by('belonging');
    expect(o).toMatchObject({ n: 5, meanChange: 1, improvedShare: 0.8 });
    expect(o.baselineMean).toBeCloseTo(5.8, 12); // 29/5
    expect(o.endMean).toBeCloseTo(6.8, 12); // 34/5
    expect(o.sdChange).toBeCloseTo(Math.sqrt(12.5), 12); // (0 + 1 + 4 + 9 + 36)/4
    expect(o.rankBiserial).toBeCloseTo(1 / 3, 12); // (10 − 5)/15
    // 1 ± 2.776445105 × √12.5/√5
    expect(o.ci95?.[0]).toBeCloseTo(-3.389945165, 8);
    expect(o.ci95?.[1]).toBeCloseTo(5.389945165, 8);
    // V = 1 + 2 + 3 + 4 = 10 > n(n+1)/4 = 7.5: p = 2 P(V' ≥ 10) = 2 P(V' ≤ 5); the subsets of
    // {1..5} summing to ≤ 5 are 1 + 1 + 1 + 2 + 2 + 3 = 10 of 32: p = 20/32.
    expect(o.wilcoxonP).toBeCloseTo(0.625, 12);
  });

  it('a domain with no change: no p, no effect size, no Holm', () => {
    expect(by('wellbeing')).toMatchObject({
      n: 5,
      meanChange: 0,
      sdChange: 0,
      improvedShare: 0,
      wilcoxonP: null,
      holmP: null,
      rankBiserial: null,
    });
  });

  it('Holm over the two p-values present (n = 2, not 11)', () => {
    // Sorted 0.0625, 0.625: 2 × 0.0625 = 0.125; max(0.125, 1 × 0.625) = 0.625.
    expect(by('supported').holmP).toBeCloseTo(0.125, 12);
    expect(by('belonging').holmP).toBeCloseTo(0.625, 12);
  });

  it('I1 and the overall mean change: (3 + 1 + 9 × 0)/11', () => {
    expect(e.overallMeanChange).toBeCloseTo(4 / 11, 12);
    expect(thresholdOf(e, 'I1')).toMatchObject({ status: 'not_met', n: 5 });
  });

  it('reports each domain with its Kirkpatrick level', () => {
    const level3 = e.outcomes.filter((o) => o.kirkpatrickLevel === 3).map((o) => o.key);
    expect(level3).toEqual(['escalating_concerns', 'asking_questions', 'seeking_help']);
    expect(e.outcomes).toHaveLength(11);
  });
});

describe('the normal approximation, one difference, none', () => {
  it('a zero difference: normal approximation with continuity correction', () => {
    // d = 2, 1, 3, 0: zero dropped, n = 3, V = 6, n(n+1)/4 = 3, σ² = 3·4·7/24 = 3.5;
    // z' = (6 − 3 − 0.5)/√3.5 = 1.336306210; p = 2(1 − Φ(z')) = 0.181449208.
    const o = outcome(
      cohort(
        {
          supported: [
            [4, 4, 4, 4],
            [6, 5, 7, 4],
          ],
        },
        4,
      ),
      'supported',
    );
    expect(o).toMatchObject({ n: 4, meanChange: 1.5, improvedShare: 0.75, rankBiserial: 1 });
    expect(o.wilcoxonP).toBeCloseTo(0.181449208, 8);
    expect(o.sdChange).toBeCloseTo(Math.sqrt(5 / 3), 12); // (0.25 + 0.25 + 2.25 + 2.25)/3
    // 1.5 ± 3.182446305 × √(5/3)/2
    expect(o.ci95?.[0]).toBeCloseTo(1.5 - (3.182446305 * Math.sqrt(5 / 3)) / 2, 8);
  });

  it('one non-zero difference: p = 1', () => {
    const o = outcome(
      cohort(
        {
          supported: [
            [4, 4, 4],
            [4, 4, 6],
          ],
        },
        3,
      ),
      'supported',
    );
    expect(o).toMatchObject({ n: 3, wilcoxonP: 1, holmP: 1, rankBiserial: 1 });
  });

  it('a single pair: no CI', () => {
    const o = outcome(cohort({ supported: [[4], [6]] }, 1), 'supported');
    expect(o).toMatchObject({ n: 1, meanChange: 2, ci95: null });
  });

  it('two pairs: a CI', () => {
    // d = 1, 3: mean 2, sd √2; qt(0.975, 1) = 12.70620474: 2 ± 12.70620474 × √2/√2.
    const o = outcome(
      cohort(
        {
          supported: [
            [4, 4],
            [5, 7],
          ],
        },
        2,
      ),
      'supported',
    );
    expect(o.ci95?.[0]).toBeCloseTo(2 - 12.70620474, 6);
    expect(o.ci95?.[1]).toBeCloseTo(2 + 12.70620474, 6);
  });
});

describe('who is in the statistics', () => {
  it('only mentees of evaluable pairs with both answers, baseline from the current application', () => {
    // Four pairs. Mentee 4 withdrew beyond control (d = +9, left out). Mentee 3 left
    // "supported" blank at the end (left out). Mentee 1 applied twice: the earlier baseline 1
    // is superseded, the current one 4. d = 6 − 4 = 2 and 6 − 4 = 2: n = 2, change 2.
    const pilot = successfulPilot(4);
    pilot.pairs[3] = { ...pilot.pairs[3], status: 'Withdrawn', beyondControl: true };
    pilot.menteeApplications[3] = { ...pilot.menteeApplications[3], baseline: scores(1) };
    pilot.menteeFeedback[3] = { ...pilot.menteeFeedback[3], domains: scores(10) };
    delete pilot.menteeFeedback[2].domains.supported;
    pilot.menteeApplications.push({
      ...pilot.menteeApplications[0],
      superseded: true,
      baseline: scores(1),
    });
    const o = outcome(pilot, 'supported');
    expect(o).toMatchObject({ n: 2, baselineMean: 4, endMean: 6, meanChange: 2 });
    expect(outcome(pilot, 'belonging').n).toBe(3);
    // A baseline left blank leaves the mentee out of that domain too.
    delete pilot.menteeApplications[1].baseline.belonging;
    expect(outcome(pilot, 'belonging').n).toBe(2);
  });
});

describe('Level 3: safety and goal progress from meeting 1 to meeting 3', () => {
  function withCheckIns(byPair: Partial<CheckIn>[][]) {
    const pilot = successfulPilot(byPair.length);
    pilot.checkIns = byPair.flatMap((list, i) =>
      list.map((over) => ({ ...checkIn(menteeN(i + 1), 1), ...over })),
    );
    return pilot;
  }
  const pilot = withCheckIns([
    // P01: safety 4 → 8 (+4); goals mean(3, 5) = 4 → 7 (+3)
    [
      { meeting: 1, safety: 4, goalProgress: [3, 5, null] },
      { meeting: 2, safety: 1, goalProgress: [1, 1, 1] },
      { meeting: 3, safety: 8, goalProgress: [7, null, null] },
    ],
    // P02: no meeting 3: no change
    [{ meeting: 1, safety: 6, goalProgress: [6, null, null] }],
    // P03: safety 5 → 6 (+1); goals mean(2, 4, 6) = 4 → mean(5, 5, 5) = 5 (+1)
    [
      { meeting: 1, safety: 5, goalProgress: [2, 4, 6] },
      { meeting: 3, safety: 6, goalProgress: [5, 5, 5] },
      { meeting: 'additional', safety: 10, goalProgress: [10, 10, 10] },
    ],
  ]);
  const { level3 } = evaluateAt(pilot);

  it('per pair', () => {
    expect(level3.pairs).toEqual([
      {
        pairId: 'P01',
        safetyMeeting1: 4,
        safetyMeeting3: 8,
        safetyChange: 4,
        goalMeeting1: 4,
        goalMeeting3: 7,
        goalChange: 3,
      },
      {
        pairId: 'P02',
        safetyMeeting1: 6,
        safetyMeeting3: null,
        safetyChange: null,
        goalMeeting1: 6,
        goalMeeting3: null,
        goalChange: null,
      },
      {
        pairId: 'P03',
        safetyMeeting1: 5,
        safetyMeeting3: 6,
        safetyChange: 1,
        goalMeeting1: 4,
        goalMeeting3: 5,
        goalChange: 1,
      },
    ]);
  });

  it('overall, over the pairs with both meetings', () => {
    // safety: (4 + 5)/2 = 4.5 → (8 + 6)/2 = 7, change (4 + 1)/2 = 2.5
    expect(level3.safety).toEqual({ n: 2, meanMeeting1: 4.5, meanMeeting3: 7, meanChange: 2.5 });
    // goals: (4 + 4)/2 = 4 → (7 + 5)/2 = 6, change (3 + 1)/2 = 2
    expect(level3.goals).toEqual({ n: 2, meanMeeting1: 4, meanMeeting3: 6, meanChange: 2 });
  });

  it('with no pair holding meetings 1 and 3, no mean at all', () => {
    const none = evaluateAt(withCheckIns([[{ meeting: 1, safety: 4 }]])).level3;
    expect(none.safety).toEqual({ n: 0, meanMeeting1: null, meanMeeting3: null, meanChange: null });
    expect(none.goals).toEqual({ n: 0, meanMeeting1: null, meanMeeting3: null, meanChange: null });
  });

  it("a re-paired mentee's check-ins count for the active pair", () => {
    // Mentee 1's first pair (P00, old mentor) withdrew; the check-ins belong to P01.
    const repaired = withCheckIns([
      [
        { meeting: 1, safety: 3, goalProgress: [2, null, null] },
        { meeting: 3, safety: 9, goalProgress: [8, null, null] },
      ],
    ]);
    repaired.pairs.unshift(
      pair('P00', menteeN(1), 'old@nhs.example', { status: 'Withdrawn', beyondControl: false }),
    );
    const byId = Object.fromEntries(evaluateAt(repaired).level3.pairs.map((p) => [p.pairId, p]));
    expect(byId.P01).toMatchObject({ safetyChange: 6, goalChange: 6 });
    expect(byId.P00).toMatchObject({ safetyChange: null, goalChange: null });
  });
});

describe('RE-AIM adoption', () => {
  it('share of responding mentors willing to continue: Yes over those who answered', () => {
    // Yes, Maybe, No, blank: 1 of the 3 who answered.
    const pilot = successfulPilot(4);
    pilot.mentorFeedback = (['Yes', 'Maybe', 'No', null] as const).map((willing, i) =>
      mentorFeedback(`mentor${i + 1}@nhs.example`, { willing }),
    );
    const { adoption, reach } = evaluateAt(pilot).reAim;
    expect(adoption).toEqual({
      mentorsResponding: 4,
      willingYes: 1,
      willingMaybe: 1,
      willingNo: 1,
      willingShare: 1 / 3,
    });
    expect(reach).toMatchObject({ targetPairs: 10, confirmedPairs: 4, eligibleMentors: 4 });
  });

  it('counts applications and the eligible ones, a superseded one once', () => {
    const pilot = successfulPilot(3);
    pilot.menteeApplications.push({ ...pilot.menteeApplications[0], superseded: true });
    pilot.menteeApplications[1] = { ...pilot.menteeApplications[1], consent: false };
    pilot.mentorApplications[2] = { ...pilot.mentorApplications[2], grade: 'Foundation (FY1–FY2)' };
    expect(evaluateAt(pilot).reAim.reach).toEqual({
      menteeApplications: 3,
      eligibleMentees: 2,
      mentorApplications: 3,
      eligibleMentors: 2,
      targetPairs: 10,
      confirmedPairs: 3,
    });
  });
});
