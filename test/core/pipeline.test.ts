/**
 * One programme as Google exports it (text cells under the forms' titles) followed from the
 * sheets to the decision: reading, linking, thresholds and statistics together. Every expected
 * value is worked out by hand from the cohort below (comments beside them), never with the
 * engine's own functions.
 */
import { evaluateProgramme } from '../../src/core/evaluate';
import {
  CHECK_IN,
  CONSENT_TITLE,
  DOMAINS,
  MENTEE_APPLICATION as MENTEE,
  MENTEE_FEEDBACK,
  MENTOR_APPLICATION as MENTOR,
  MENTOR_FEEDBACK,
  PAIRS,
  SHEETS,
  type SheetName,
} from '../../src/core/instruments';
import { proposeMatches } from '../../src/core/matching';
import { readProgramme } from '../../src/core/readProgramme';
import type { RawTable, RawTables } from '../../src/core/records';

type Row = Record<string, string>;

function table(sheet: SheetName, rows: Row[]): RawTable {
  const header = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { sheet, header, rows: rows.map((r) => header.map((h) => r[h] ?? '')) };
}

const domainAnswers = (values: number[]): Row =>
  Object.fromEntries(DOMAINS.map((d, i) => [d.title, String(values[i % values.length])]));

const N = 6;
const ids = Array.from({ length: N }, (_, i) => i + 1);
const menteeEmail = (i: number) => `Mentee${i}@NHS.example `;
const mentorEmail = (i: number) => `mentor${i}@nhs.example`;
const baseline = (i: number) => [3, 4, 5, 4 + (i % 3)];
const end = (i: number) => [5, 6, 5, 7 + (i % 2)];

function cohort(): RawTables {
  const mentees = ids.map((i) => ({
    Timestamp: `0${i}/10/2025 09:1${i}:00`,
    'Email Address': menteeEmail(i),
    [MENTEE.fullName]: i === 1 ? '<img src=x onerror=alert(1)>' : `Dr Mentee ${i}`,
    [MENTEE.grade]: 'Locally employed doctor (LED)',
    [MENTEE.img]: 'Yes',
    [MENTEE.specialty]: 'Acute medicine',
    [MENTEE.site]: 'Hull Royal Infirmary',
    [MENTEE.pathway]: 'Portfolio Pathway (specialist registration)',
    [MENTEE.supportAreas]: 'Exams and assessments; Career planning',
    [MENTEE.format]: 'Virtual',
    [MENTEE.availability]: 'Weekday evenings, Weekends',
    [MENTEE.prefersImgMentor]: 'No preference',
    [MENTEE.goal1]: '=HYPERLINK("http://example.com","goal")',
    ...domainAnswers(baseline(i)),
    [CONSENT_TITLE]: 'Yes',
  }));
  const mentors = ids.map((i) => ({
    Timestamp: `2025/10/0${i} 9:15:02 AM GMT+1`,
    'Email address': mentorEmail(i),
    [MENTOR.fullName]: `Dr Mentor ${i}`,
    [MENTOR.grade]: i === N ? 'Specialty registrar (ST3 or above)' : 'Consultant',
    [MENTOR.monthsNhs]: i === N ? '6' : '120',
    [MENTOR.img]: 'No',
    [MENTOR.specialty]: 'Acute medicine',
    [MENTOR.site]: 'Castle Hill Hospital',
    [MENTOR.pathways]: 'Portfolio Pathway (specialist registration)',
    [MENTOR.supportAreas]: 'Career planning',
    [MENTOR.format]: 'Either',
    [MENTOR.availability]: 'Weekends',
    [MENTOR.capacity]: '2',
    [CONSENT_TITLE]: 'Yes',
  }));
  const paired = ids.slice(0, N - 1);
  const pairs = paired.map((i) => ({
    [PAIRS.pairId]: `P0${i}`,
    [PAIRS.menteeEmail]: menteeEmail(i).trim().toLowerCase(),
    [PAIRS.mentorEmail]: mentorEmail(i),
    [PAIRS.confirmedByLead]: 'TRUE',
    [PAIRS.confirmedByTutor]: 'TRUE',
    [PAIRS.rationale]: 'Portfolio Pathway',
    [PAIRS.status]: i === 5 ? 'Withdrawn' : 'Active',
    [PAIRS.beyondControl]: i === 5 ? 'Yes' : '',
  }));
  const meetings = [
    'Meeting 1 (month 1)',
    'Meeting 2 (month 3, mid-pilot review)',
    'Meeting 3 (month 6)',
  ];
  const checkIns = paired.flatMap((i) =>
    meetings.slice(0, i === 4 ? 1 : 3).map((meeting, m) => ({
      Timestamp: `1${m}/0${m + 2}/2026 10:00:00`,
      'Email address': menteeEmail(i),
      [CHECK_IN.meeting]: meeting,
      [CHECK_IN.date]: `0${m + 1}/0${m + 2}/2026`,
      [CHECK_IN.goal1]: String(4 + 2 * m),
      [CHECK_IN.safety]: m === 0 && i === 2 ? 'eleven' : String(5 + m),
      [CHECK_IN.concern]: 'No',
    })),
  );
  const menteeFeedback = ids.slice(0, 5).map((i) => ({
    Timestamp: '20/07/2026 12:00:00',
    'Email address': menteeEmail(i),
    ...domainAnswers(end(i)),
    [MENTEE_FEEDBACK.usefulness]: i === 3 ? '11' : '8',
    [MENTEE_FEEDBACK.matchSatisfaction]: '9',
    [MENTEE_FEEDBACK.recommend]: String(5 + i),
    [MENTEE_FEEDBACK.workedWell]: 'Private thoughts',
  }));
  const mentorFeedback = ids.slice(0, 4).map((i) => ({
    Timestamp: '21/07/2026 12:00:00',
    'Email address': mentorEmail(i),
    [MENTOR_FEEDBACK.matchSatisfaction]: '7',
    [MENTOR_FEEDBACK.adminEase]: '6',
    [MENTOR_FEEDBACK.willing]: 'Maybe',
  }));
  const programme = [
    ['Target pairs', '5'],
    ['Pilot start date', '12/01/2026'],
    ['Pilot end date', '2026-07-12'],
    ['Admin burden escalated to senior team', 'No'],
  ].map(([Setting, Value]) => ({ Setting, Value }));
  return {
    [SHEETS.menteeApplication]: table(SHEETS.menteeApplication, mentees),
    [SHEETS.mentorApplication]: table(SHEETS.mentorApplication, mentors),
    [SHEETS.pairs]: table(SHEETS.pairs, pairs),
    [SHEETS.checkIn]: table(SHEETS.checkIn, checkIns),
    [SHEETS.menteeFeedback]: table(SHEETS.menteeFeedback, menteeFeedback),
    [SHEETS.mentorFeedback]: table(SHEETS.mentorFeedback, mentorFeedback),
    [SHEETS.programme]: table(SHEETS.programme, programme),
  };
}

describe('a programme from its sheets to the decision', () => {
  const read = readProgramme(cohort());
  const evaluation = evaluateProgramme(read.records, {
    asOf: '2026-08-01',
    importIssues: read.issues,
  });
  const byId = Object.fromEntries(evaluation.thresholds.map((t) => [t.id, t]));

  it('lists every unreadable answer and keeps its row', () => {
    expect(read.records.menteeApplications).toHaveLength(N);
    expect(read.records.checkIns).toHaveLength(13);
    expect(evaluation.importIssues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'check-in', problem: expect.stringMatching(/eleven/i) }),
        expect.objectContaining({ sheet: 'mentee-feedback', problem: expect.stringMatching(/11/) }),
      ]),
    );
    expect(read.records.menteeApplications[0].goals[0]).toBe(
      '=HYPERLINK("http://example.com","goal")',
    );
  });

  it('counts four evaluable pairs and sets the excused withdrawal apart', () => {
    expect(evaluation.completion).toMatchObject({
      confirmedPairs: 5,
      evaluablePairs: 4,
      pairsWithTwoOrMoreMeetings: 3,
    });
    expect(byId.C1).toMatchObject({ observed: 0.75, n: 4, status: 'met' });
    expect(byId.C2).toMatchObject({ observed: 0.75, status: 'met' });
  });

  it('counts only the feedback of members of evaluable pairs', () => {
    expect(byId.C3.parts).toEqual([
      { label: 'Mentees', observed: 1, n: 4 },
      { label: 'Mentors', observed: 1, n: 4 },
    ]);
    expect(byId.I2).toMatchObject({ observed: 8, n: 3 });
    expect(byId.I4).toMatchObject({ observed: 0.75, n: 4, status: 'met' });
    expect(byId.I3).toMatchObject({ observed: 8, n: 8 });
    expect(byId.F4).toMatchObject({ observed: 6, n: 4, status: 'met' });
  });

  it('finds eligible mentors and mentees against the target', () => {
    expect(byId.F1).toMatchObject({ observed: 5, target: 4, status: 'met' });
    expect(byId.F2).toMatchObject({ observed: 6, target: 5, status: 'met' });
  });

  /*
   * Mentees 1–4 are evaluable (5 withdrew beyond control, 6 is unpaired). Domain d takes
   * baseline(i)[d % 4] and end(i)[d % 4]:
   *   d % 4 = 0: 3 → 5, d = 2, 2, 2, 2; d % 4 = 1: 4 → 6, the same differences.
   *     Ties, so the normal approximation: V = 4 × 2.5 = 10, n(n+1)/4 = 5,
   *     σ² = 4·5·9/24 − (4³ − 4)/48 = 6.25, z' = (10 − 5 − 0.5)/2.5 = 1.8,
   *     p = 2(1 − Φ(1.8)) = 0.0718606382.
   *   d % 4 = 2: 5 → 5, no change: no p.
   *   d % 4 = 3: baselines 5, 6, 4, 5 → ends 8, 7, 8, 7: d = 3, 1, 4, 2, no ties: exact,
   *     V = 10, the largest of 2⁴ = 16 sign patterns: p = 2/16 = 0.125. Mean 2.5, SD √(5/3),
   *     CI 2.5 ± qt(0.975, 3) = 3.182446305 × √(5/3)/2.
   * Holm over the 8 p-values present: 8 × 0.0718606382 = 0.5748851058 for the six smallest and,
   * as the running maximum, for the two of 0.125 too (2 × 0.125 and 1 × 0.125 are smaller).
   */
  const HOLM = 0.5748851058;
  const outcome = (d: number) => evaluation.outcomes[d];

  it('computes each domain over the evaluable mentees, by hand', () => {
    for (const d of [0, 1, 4, 5, 8, 9]) {
      expect(outcome(d)).toMatchObject({
        n: 4,
        meanChange: 2,
        sdChange: 0,
        improvedShare: 1,
        rankBiserial: 1,
      });
      expect(outcome(d).wilcoxonP).toBeCloseTo(0.0718606382, 9);
      expect(outcome(d).holmP).toBeCloseTo(HOLM, 9);
    }
    expect(outcome(0)).toMatchObject({ baselineMean: 3, endMean: 5 });
    expect(outcome(1)).toMatchObject({ baselineMean: 4, endMean: 6 });
    for (const d of [2, 6, 10]) {
      expect(outcome(d)).toMatchObject({ n: 4, meanChange: 0, wilcoxonP: null, holmP: null });
    }
    for (const d of [3, 7]) {
      const o = outcome(d);
      expect(o).toMatchObject({ n: 4, baselineMean: 5, endMean: 7.5, meanChange: 2.5 });
      expect(o.sdChange).toBeCloseTo(Math.sqrt(5 / 3), 12);
      expect(o.ci95?.[0]).toBeCloseTo(0.4457397432, 8);
      expect(o.ci95?.[1]).toBeCloseTo(4.5542602568, 8);
      expect(o.wilcoxonP).toBeCloseTo(0.125, 12);
      expect(o.holmP).toBeCloseTo(HOLM, 9);
    }
  });

  it('decides scenario 1 with I1 the mean of the eleven domain means: (3 × 2 + 3 × 2 + 3 × 0 + 2 × 2.5)/11', () => {
    expect(evaluation.overallMeanChange).toBeCloseTo(17 / 11, 12);
    expect(byId.I1).toMatchObject({ status: 'met', n: 4 });
    expect(evaluation.scenario).toBe(1);
    expect(evaluation.provisional).toBe(false);
  });

  it('proposes the unpaired mentee to a mentor with a place left, never the ineligible registrar', () => {
    // Mentee 6 against any of mentors 1–5 (all alike): specialty 2, pathway 2, needs 2 × 1/2,
    // site 0.5 (different, neither in person), format 1 ("Either"), availability 1/2,
    // IMG preference 1 ("No preference"), seniority 1 (consultant 5 > LED 2) = 9 points.
    const matches = proposeMatches(read.records);
    expect(matches.ineligible).toEqual([
      { email: 'mentor6@nhs.example', role: 'mentor', reason: expect.stringMatching(/6 months/) },
    ]);
    const fresh = matches.proposals.filter((p) => !p.confirmed);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toMatchObject({ mentee: 'mentee6@nhs.example', score: 9 });
    expect(fresh[0].mentor).toMatch(/^mentor[1-5]@nhs\.example$/);
    expect(fresh[0].alternatives.map((a) => a.score)).toEqual([9, 9, 9]);
    // Four confirmed active pairs (mentees 1–4 with mentors 1–4), each also 9 points, plus
    // the new one: 5 × 9 = 45.
    expect(matches.totalScore).toBe(45);
  });
});
