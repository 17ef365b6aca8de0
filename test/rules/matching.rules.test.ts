/**
 * Protocol section 4, matching. Each factor is scored under weights that are all different and
 * none the default (3, 5, 7, 11, 13, 17, 19, 23), so a factor scored with another's weight, or
 * with the default weight, changes the expected points. Expected points = weight × the factor
 * score read off the protocol's table, worked out in the comment of each row.
 */
import { DEFAULT_CONFIG, type FactorKey } from '../../src/core/config';
import { proposeMatches } from '../../src/core/matching';
import type { MenteeApplication, MentorApplication } from '../../src/core/records';
import { scorePair } from '../../src/core/scoring';
import { mentee, mentor, pair, records } from '../core/builders';
import { configWith, ODD_WEIGHTS } from './support';

const ODD = configWith({ factorWeights: ODD_WEIGHTS });

const LED = 'Locally employed doctor (LED)';
const ST3 = 'Specialty registrar (ST3 or above)';
const CORE = 'Core trainee (CT1–CT3 / ST1–ST2)';
const FY = 'Foundation (FY1–FY2)';
const TRAINING = 'Specialty training (national recruitment)';
const PORTFOLIO = 'Portfolio Pathway (specialist registration)';
const SAS_PATH = 'SAS career progression';
const GP_PATH = 'General practice training';
const UNDECIDED = 'Undecided / exploring options';
const HULL = 'Hull Royal Infirmary';
const CASTLE = 'Castle Hill Hospital';

type Row = [string, Partial<MenteeApplication>, Partial<MentorApplication>, number];

/** Scores one factor of a mentee (builder defaults + overrides) against a mentor. */
function points(factor: FactorKey, e: Partial<MenteeApplication>, m: Partial<MentorApplication>) {
  return scorePair(mentee('e@x', e), mentor('m@x', m), ODD).factors[factor];
}

describe('specialty alignment (weight 3 here)', () => {
  const rows: Row[] = [
    ['same specialty: 3 × 1', { specialty: 'Radiology' }, { specialty: 'Radiology' }, 3],
    [
      'same group (medical): 3 × 0.5',
      { specialty: 'Anaesthetics' },
      { specialty: 'Acute medicine' },
      1.5,
    ],
    [
      'same group (surgical): 3 × 0.5',
      { specialty: 'Ophthalmology' },
      { specialty: 'Obstetrics and gynaecology' },
      1.5,
    ],
    ['other groups: 3 × 0', { specialty: 'Psychiatry' }, { specialty: 'Radiology' }, 0],
    ['"Other" is in no group: 3 × 0', { specialty: 'Other' }, { specialty: 'Pathology' }, 0],
    [
      '"Other" with "Other" is the same specialty: 3 × 1',
      { specialty: 'Other' },
      { specialty: 'Other' },
      3,
    ],
    ['mentee blank: 3 × 0', { specialty: null }, { specialty: 'Acute medicine' }, 0],
    ['both blank: 3 × 0', { specialty: null }, { specialty: null }, 0],
  ];
  it.each(rows)('%s', (_, e, m, expected) => expect(points('specialty', e, m)).toBe(expected));
});

describe('career and pathway match (weight 5 here)', () => {
  const rows: Row[] = [
    ['mentor advises on it: 5 × 1', { pathway: PORTFOLIO }, { pathways: [PORTFOLIO] }, 5],
    [
      'one of several the mentor advises on: 5 × 1',
      { pathway: GP_PATH },
      { pathways: [TRAINING, PORTFOLIO, GP_PATH] },
      5,
    ],
    ['the first of several: 5 × 1', { pathway: TRAINING }, { pathways: [TRAINING, SAS_PATH] }, 5],
    ['not advised on: 5 × 0', { pathway: SAS_PATH }, { pathways: [TRAINING, PORTFOLIO] }, 0],
    ['mentee undecided: 5 × 0.5', { pathway: UNDECIDED }, { pathways: [TRAINING] }, 2.5],
    [
      'mentee undecided, mentor advises on nothing: 5 × 0.5',
      { pathway: UNDECIDED },
      { pathways: [] },
      2.5,
    ],
    ['mentee blank: 5 × 0', { pathway: null }, { pathways: [TRAINING] }, 0],
  ];
  it.each(rows)('%s', (_, e, m, expected) => expect(points('pathway', e, m)).toBe(expected));
});

describe('needs match (weight 7 here)', () => {
  const four = [
    'Exams and assessments',
    'Portfolio and applications',
    'Career planning',
    'Teaching and leadership',
  ];
  const rows: Row[] = [
    [
      'all 4 of 4 areas: 7 × 1',
      { supportAreas: four },
      { supportAreas: [...four, 'Wellbeing and work-life balance'] },
      7,
    ],
    ['3 of 4 areas: 7 × 3/4', { supportAreas: four }, { supportAreas: four.slice(0, 3) }, 5.25],
    [
      '1 of 4 areas: 7 × 1/4',
      { supportAreas: four },
      { supportAreas: ['Teaching and leadership'] },
      1.75,
    ],
    [
      'none shared: 7 × 0',
      { supportAreas: four },
      { supportAreas: ['NHS systems and processes'] },
      0,
    ],
    ['mentee named none: 7 × 0', { supportAreas: [] }, { supportAreas: four }, 0],
  ];
  it.each(rows)('%s', (_, e, m, expected) =>
    expect(points('needs', e, m)).toBeCloseTo(expected, 12),
  );
});

describe('site compatibility (weight 11 here)', () => {
  const rows: Row[] = [
    [
      'same site: 11 × 1',
      { site: CASTLE, format: 'Virtual' },
      { site: CASTLE, format: 'Virtual' },
      11,
    ],
    [
      'same site, both in person: 11 × 1',
      { site: HULL, format: 'In person' },
      { site: HULL, format: 'In person' },
      11,
    ],
    [
      'different, neither in person: 11 × 0.5',
      { site: HULL, format: 'Virtual' },
      { site: CASTLE, format: 'Either' },
      5.5,
    ],
    [
      'different, mentee insists in person: 11 × 0',
      { site: HULL, format: 'In person' },
      { site: CASTLE, format: 'Either' },
      0,
    ],
    [
      'different, mentor insists in person: 11 × 0',
      { site: HULL, format: 'Either' },
      { site: CASTLE, format: 'In person' },
      0,
    ],
    [
      'mentee site blank = a different site, neither in person: 11 × 0.5',
      { site: null, format: 'Virtual' },
      { site: HULL, format: 'Virtual' },
      5.5,
    ],
    [
      'both sites blank = different sites, neither in person: 11 × 0.5',
      { site: null, format: 'Virtual' },
      { site: null, format: 'Virtual' },
      5.5,
    ],
    [
      'mentee site blank, mentor in person: 11 × 0',
      { site: null, format: 'Virtual' },
      { site: HULL, format: 'In person' },
      0,
    ],
  ];
  it.each(rows)('%s', (_, e, m, expected) => expect(points('site', e, m)).toBe(expected));
});

describe('meeting format (weight 13 here)', () => {
  const rows: Row[] = [
    ['same (virtual): 13 × 1', { format: 'Virtual' }, { format: 'Virtual' }, 13],
    ['same (in person): 13 × 1', { format: 'In person' }, { format: 'In person' }, 13],
    ['mentee "Either": 13 × 1', { format: 'Either' }, { format: 'In person' }, 13],
    ['mentor "Either": 13 × 1', { format: 'Virtual' }, { format: 'Either' }, 13],
    ['in person against virtual: 13 × 0', { format: 'In person' }, { format: 'Virtual' }, 0],
    ['mentee blank against virtual: 13 × 0', { format: null }, { format: 'Virtual' }, 0],
    ['both blank: 13 × 0', { format: null }, { format: null }, 0],
    ['mentee blank against "Either": 13 × 1', { format: null }, { format: 'Either' }, 13],
  ];
  it.each(rows)('%s', (_, e, m, expected) => expect(points('format', e, m)).toBe(expected));
});

describe('availability (weight 17 here)', () => {
  const three = ['Weekday mornings', 'Weekday evenings', 'Weekends'];
  const rows: Row[] = [
    ['3 of 3 slots: 17 × 1', { availability: three }, { availability: three }, 17],
    [
      '2 of 3 slots: 17 × 2/3',
      { availability: three },
      { availability: ['Weekends', 'Weekday mornings', 'Weekday lunchtimes'] },
      34 / 3,
    ],
    ['1 of 3 slots: 17 × 1/3', { availability: three }, { availability: ['Weekends'] }, 17 / 3],
    [
      'the one slot the mentee has: 17 × 1/1',
      { availability: ['Weekends'] },
      { availability: three },
      17,
    ],
    ['none shared: 17 × 0', { availability: three }, { availability: ['Weekday lunchtimes'] }, 0],
    ['mentee gave none: 17 × 0', { availability: [] }, { availability: three }, 0],
  ];
  it.each(rows)('%s', (_, e, m, expected) =>
    expect(points('availability', e, m)).toBeCloseTo(expected, 12),
  );
});

describe('IMG mentor preference (weight 19 here)', () => {
  const rows: Row[] = [
    ['"No preference", mentor not IMG: 19 × 1', { prefersImgMentor: false }, { img: false }, 19],
    ['"Yes", mentor IMG: 19 × 1', { prefersImgMentor: true }, { img: true }, 19],
    ['"Yes", mentor not IMG: 19 × 0', { prefersImgMentor: true }, { img: false }, 0],
    [
      '"Yes", mentor skipped the IMG question: 19 × 0',
      { prefersImgMentor: true },
      { img: null },
      0,
    ],
    ['unanswered, mentor IMG: 19 × 0', { prefersImgMentor: null }, { img: true }, 0],
    ['unanswered, mentor not IMG: 19 × 0', { prefersImgMentor: null }, { img: false }, 0],
  ];
  it.each(rows)('%s', (_, e, m, expected) => expect(points('img_preference', e, m)).toBe(expected));
});

describe('seniority (weight 23 here; ranks FY 1, CT 2, ST3+ 3, LED 2, SAS 4, Consultant 5)', () => {
  const rows: Row[] = [
    ['LED (2) with LED (2): equal, 23 × 0.5', { grade: LED }, { grade: LED }, 11.5],
    ['LED (2) with ST3 (3): above, 23 × 1', { grade: LED }, { grade: ST3 }, 23],
    ['core trainee (2) with LED (2): equal, 23 × 0.5', { grade: CORE }, { grade: LED }, 11.5],
    ['FY (1) with LED (2): above, 23 × 1', { grade: FY }, { grade: LED }, 23],
    ['ST3 (3) with LED (2): below, 23 × 0', { grade: ST3 }, { grade: LED }, 0],
    ['SAS (4) with ST3 (3): below, 23 × 0', { grade: 'SAS doctor' }, { grade: ST3 }, 0],
    [
      'SAS (4) with SAS (4): equal, 23 × 0.5',
      { grade: 'SAS doctor' },
      { grade: 'SAS doctor' },
      11.5,
    ],
    [
      'SAS (4) with consultant (5): above, 23 × 1',
      { grade: 'SAS doctor' },
      { grade: 'Consultant' },
      23,
    ],
    [
      'consultant (5) with consultant (5): equal, 23 × 0.5',
      { grade: 'Consultant' },
      { grade: 'Consultant' },
      11.5,
    ],
    ['mentee grade blank: 23 × 0', { grade: null }, { grade: 'Consultant' }, 0],
  ];
  it.each(rows)('%s', (_, e, m, expected) => expect(points('seniority', e, m)).toBe(expected));

  it('follows non-default ranks (LED ranked 4 makes an LED mentor senior to an ST3 mentee)', () => {
    const grades = DEFAULT_CONFIG.grades.map((g) => (g.label === LED ? { ...g, rank: 4 } : g));
    const config = configWith({ grades, factorWeights: ODD_WEIGHTS });
    const score = scorePair(mentee('e@x', { grade: ST3 }), mentor('m@x', { grade: LED }), config);
    expect(score.factors.seniority).toBe(23); // 4 > 3: 23 × 1
  });
});

describe('points and per cent', () => {
  it('a perfect pair scores the maximum, 11 points and 100% by default', () => {
    const s = scorePair(mentee('e@x'), mentor('m@x'), DEFAULT_CONFIG);
    // 2 + 2 + 2 + 1 + 1 + 1 + 1 + 1 = 11
    expect(s.factors).toEqual({
      specialty: 2,
      pathway: 2,
      needs: 2,
      site: 1,
      format: 1,
      availability: 1,
      img_preference: 1,
      seniority: 1,
    });
    expect(s).toMatchObject({ score: 11, percent: 100 });
  });

  it('out of the sum of non-default weights (98)', () => {
    // Same pair as the perfect one but the mentor is LED (seniority 0.5): 98 − 23/2 = 86.5 of 98.
    const s = scorePair(mentee('e@x'), mentor('m@x', { grade: LED }), ODD);
    expect(s.score).toBe(86.5);
    expect(s.percent).toBeCloseTo((100 * 86.5) / 98, 12);
  });
});

/**
 * One mentee, four mentors. Every factor of the best three is non-zero and the weights are all
 * different, so the solver's own fast total (shown as the alternatives' scores) must add each
 * factor with its own weight.
 */
describe('totals under all-different weights', () => {
  const theMentee = mentee('e@x', {
    grade: CORE, // rank 2
    specialty: 'Acute medicine',
    pathway: PORTFOLIO,
    supportAreas: [
      'Exams and assessments',
      'Portfolio and applications',
      'NHS systems and processes',
      'Career planning',
    ],
    site: HULL,
    format: 'Virtual',
    availability: ['Weekday mornings', 'Weekday evenings', 'Weekends'],
    prefersImgMentor: true,
  });
  const mentors = [
    // A: 3·1 + 5·1 + 7·3/4 + 11·1 + 13·1 + 17·1 + 19·1 + 23·1 = 96.25
    mentor('a@x', {
      specialty: 'Acute medicine',
      pathways: [PORTFOLIO],
      supportAreas: [
        'Exams and assessments',
        'Portfolio and applications',
        'NHS systems and processes',
      ],
      site: HULL,
      format: 'Virtual',
      availability: ['Weekday mornings', 'Weekday evenings', 'Weekends'],
      img: true,
      grade: 'Consultant',
    }),
    // B: 3·0.5 + 5·1 + 7·1/4 + 11·0.5 + 13·1 + 17·1/3 + 19·1 + 23·0.5 = 755/12 ≈ 62.917
    mentor('b@x', {
      specialty: 'Anaesthetics',
      pathways: [TRAINING, PORTFOLIO, SAS_PATH],
      supportAreas: ['Exams and assessments'],
      site: CASTLE,
      format: 'Either',
      availability: ['Weekends'],
      img: true,
      grade: LED,
    }),
    // C: 3·0.5 + 5·1 + 7·2/4 + 11·1 + 13·1 + 17·2/3 + 19·1 + 23·1 = 262/3 ≈ 87.333
    mentor('c@x', {
      specialty: 'Emergency medicine',
      pathways: [SAS_PATH, PORTFOLIO],
      supportAreas: ['Exams and assessments', 'Portfolio and applications'],
      site: HULL,
      format: 'Virtual',
      availability: ['Weekday mornings', 'Weekday evenings'],
      img: true,
      grade: 'SAS doctor',
    }),
    // D: 3·0 + 5·0 + 7·1/4 + 11·0.5 + 13·1 + 17·1/3 + 19·0 + 23·1 = 587/12 ≈ 48.917
    mentor('d@x', {
      specialty: 'Radiology',
      pathways: [GP_PATH],
      supportAreas: ['Career planning', 'Teaching and leadership'],
      site: 'Other / multiple sites',
      format: 'Virtual',
      availability: ['Weekends'],
      img: false,
      grade: ST3,
      monthsNhs: 24,
    }),
  ];

  it('proposes the best mentor and scores the alternatives with their own weights', () => {
    const result = proposeMatches(
      records({ menteeApplications: [theMentee], mentorApplications: mentors }),
      ODD,
    );
    expect(result.proposals).toHaveLength(1);
    const [p] = result.proposals;
    expect(p.mentor).toBe('a@x');
    expect(p.score).toBeCloseTo(96.25, 9);
    expect(p.factors).toEqual({
      specialty: 3,
      pathway: 5,
      needs: 5.25,
      site: 11,
      format: 13,
      availability: 17,
      img_preference: 19,
      seniority: 23,
    });
    expect(result.totalScore).toBeCloseTo(96.25, 9);
    expect(p.alternatives.map((a) => a.mentor)).toEqual(['c@x', 'b@x', 'd@x']);
    const [c, b, d] = p.alternatives.map((a) => a.score);
    expect(c).toBeCloseTo(262 / 3, 9);
    expect(b).toBeCloseTo(755 / 12, 9);
    expect(d).toBeCloseTo(587 / 12, 9);
  });

  it('the same pair explained gives the same points as the alternatives (mentor B)', () => {
    const s = scorePair(theMentee, mentors[1], ODD);
    expect(s.factors).toMatchObject({
      specialty: 1.5,
      pathway: 5,
      needs: 1.75,
      site: 5.5,
      format: 13,
      img_preference: 19,
      seniority: 11.5,
    });
    expect(s.factors.availability).toBeCloseTo(17 / 3, 12);
    expect(s.score).toBeCloseTo(755 / 12, 9);
  });
});

describe('the assignment', () => {
  // Common to every combination below (builder defaults): pathway 2, needs 2, site 1, format 1,
  // IMG preference 1, seniority 1 = 8 points; specialty and availability vary.
  const x = mentee('x@x', {
    specialty: 'Acute medicine',
    availability: ['Weekday mornings', 'Weekday evenings'],
  });
  const y = mentee('y@x', { specialty: 'Anaesthetics', availability: ['Weekends'] });
  const p = mentor('p@x', {
    specialty: 'Acute medicine',
    availability: ['Weekday mornings', 'Weekends'],
  });
  const q = mentor('q@x', {
    specialty: 'Surgery (general and subspecialties)',
    availability: ['Weekday mornings', 'Weekday evenings'],
  });

  it('maximises the total, not the best single pair', () => {
    // x–p 8 + 2 + 0.5 = 10.5 is the best single pair, but then y–q = 8 + 0 + 0 = 8 (18.5);
    // x–q 8 + 0 + 1 = 9 with y–p 8 + 1 + 1 = 10 gives 19.
    const result = proposeMatches(
      records({ menteeApplications: [x, y], mentorApplications: [p, q] }),
    );
    expect(result.proposals.map((r) => [r.mentee, r.mentor, r.score])).toEqual([
      ['x@x', 'q@x', 9],
      ['y@x', 'p@x', 10],
    ]);
    expect(result.totalScore).toBe(19);
    expect(result.unmatched).toEqual([]);
  });

  it('fills a mentor up to a capacity of 2 and leaves the rest unmatched, never forced', () => {
    // Mentor p alone, capacity 2. Specialty: x same (2), y same group (1), z none (0);
    // availability with p: x 1/2, y 1, z 1 (z: Weekends). x 10.5, y 10, z 9: z is left over.
    const z = mentee('z@x', { specialty: 'Radiology', availability: ['Weekends'] });
    const result = proposeMatches(
      records({ menteeApplications: [x, y, z], mentorApplications: [{ ...p, capacity: 2 }] }),
    );
    expect(result.proposals.map((r) => [r.mentee, r.mentor])).toEqual([
      ['x@x', 'p@x'],
      ['y@x', 'p@x'],
    ]);
    expect(result.totalScore).toBe(20.5); // 10.5 + 10
    expect(result.unmatched).toEqual(['z@x']);
  });

  it('a mentor of capacity 1 takes one mentee', () => {
    const result = proposeMatches(records({ menteeApplications: [x, y], mentorApplications: [p] }));
    // x–p 10.5 against y–p 10: y is left over.
    expect(result.proposals.map((r) => [r.mentee, r.mentor])).toEqual([['x@x', 'p@x']]);
    expect(result.unmatched).toEqual(['y@x']);
  });

  it('keeps a confirmed pair fixed, counts it in the total, and uses up its mentor', () => {
    // Confirmed x–q (9) although x–p is better; y takes p (10). Total 19.
    const result = proposeMatches(
      records({
        menteeApplications: [x, y],
        mentorApplications: [p, q],
        pairs: [pair('P01', 'x@x', 'q@x')],
      }),
    );
    expect(result.proposals.map((r) => [r.mentee, r.mentor, r.confirmed])).toEqual([
      ['x@x', 'q@x', true],
      ['y@x', 'p@x', false],
    ]);
    expect(result.totalScore).toBe(19);
  });

  it('never offers as an alternative a mentor whose places the confirmed pairs take', () => {
    // p's one place is taken by the confirmed pair w–p; y is proposed q, and p (y–p 10, better
    // than y–q 8) is not an alternative: no alternative is left.
    const w = mentee('w@x');
    const result = proposeMatches(
      records({
        menteeApplications: [w, y],
        mentorApplications: [p, q],
        pairs: [pair('P01', 'w@x', 'p@x')],
      }),
    );
    const forY = result.proposals.find((r) => r.mentee === 'y@x');
    expect(forY).toMatchObject({ mentor: 'q@x', score: 8, alternatives: [] });
  });

  it('offers a mentor with a place left after the confirmed pairs (capacity 2, one taken)', () => {
    const w = mentee('w@x');
    const result = proposeMatches(
      records({
        menteeApplications: [w, y],
        mentorApplications: [{ ...p, capacity: 2 }, q],
        pairs: [pair('P01', 'w@x', 'p@x')],
      }),
    );
    // y–p 10 is best: proposed; q (8) is the alternative.
    const forY = result.proposals.find((r) => r.mentee === 'y@x');
    expect(forY).toMatchObject({ mentor: 'p@x', alternatives: [{ mentor: 'q@x', score: 8 }] });
  });

  it('never proposes a pair the Lead excluded, nor offers it as an alternative', () => {
    const result = proposeMatches(
      records({
        menteeApplications: [x],
        mentorApplications: [p, q],
        pairs: [pair('X01', 'x@x', 'p@x', { status: 'Excluded', confirmedByLead: false })],
      }),
    );
    expect(result.proposals).toMatchObject([{ mentee: 'x@x', mentor: 'q@x', alternatives: [] }]);
  });

  it("does not propose a withdrawn pair's mentee again, and frees the mentor's place", () => {
    const result = proposeMatches(
      records({
        menteeApplications: [x, y],
        mentorApplications: [p],
        pairs: [pair('P01', 'x@x', 'p@x', { status: 'Withdrawn', beyondControl: true })],
      }),
    );
    expect(result.proposals.map((r) => [r.mentee, r.mentor, r.confirmed])).toEqual([
      ['y@x', 'p@x', false],
    ]);
    expect(result.unmatched).toEqual([]);
  });

  it('tells apart totals that differ by a fifth of a point', () => {
    // The mentee is free in all 5 slots; a@ shares 1 (10 + 1/5 = 10.2), b@ shares 2 (10.4).
    // Every other factor is perfect (10 points). b@ is better though listed second.
    const all = [
      'Weekday mornings',
      'Weekday lunchtimes',
      'Weekday afternoons',
      'Weekday evenings',
      'Weekends',
    ];
    const result = proposeMatches(
      records({
        menteeApplications: [mentee('e@x', { availability: all })],
        mentorApplications: [
          mentor('a@x', { availability: ['Weekends'] }),
          mentor('b@x', { availability: ['Weekends', 'Weekday mornings'] }),
        ],
      }),
    );
    expect(result.proposals[0]).toMatchObject({ mentor: 'b@x' });
    expect(result.proposals[0].score).toBeCloseTo(10.4, 12);
    expect(result.proposals[0].alternatives[0].score).toBeCloseTo(10.2, 12);
  });

  it.each([
    ['the IMG Tutor has not confirmed', { confirmedByTutor: false }],
    ['the Lead has not confirmed', { confirmedByLead: false }],
    ['no rationale is written', { rationale: '' }],
  ])('does not hold a pair fixed when %s: the optimum is proposed instead', (_, over) => {
    // The row x–q is not a confirmed pair: x is free, and x–p (10.5) beats x–q (9).
    const result = proposeMatches(
      records({
        menteeApplications: [x],
        mentorApplications: [p, q],
        pairs: [pair('P01', 'x@x', 'q@x', over)],
      }),
    );
    expect(result.proposals.map((r) => [r.mentee, r.mentor, r.confirmed])).toEqual([
      ['x@x', 'p@x', false],
    ]);
    expect(result.totalScore).toBe(10.5);
  });

  it('gives the same proposals for the same input', () => {
    const input = records({ menteeApplications: [x, y], mentorApplications: [p, q] });
    expect(proposeMatches(input)).toEqual(proposeMatches(input));
  });

  it('shows at most three alternatives, best first, ties by email', () => {
    // Five identical perfect mentors: each scores 11; the proposal takes the first by email
    // and the alternatives are the next three by email.
    const five = ['m5@x', 'm1@x', 'm4@x', 'm2@x', 'm3@x'].map((email) => mentor(email));
    const result = proposeMatches(
      records({ menteeApplications: [mentee('e@x')], mentorApplications: five }),
    );
    expect(result.proposals[0].mentor).toBe('m1@x');
    expect(
      result.proposals[0].alternatives.map(({ mentor, score }) => ({ mentor, score })),
    ).toEqual([
      { mentor: 'm2@x', score: 11 },
      { mentor: 'm3@x', score: 11 },
      { mentor: 'm4@x', score: 11 },
    ]);
  });
});
