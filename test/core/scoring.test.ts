import { DEFAULT_CONFIG as config, type FactorKey } from '../../src/core/config';
import { PairScorer, scorePair } from '../../src/core/scoring';
import { mentee, mentor } from './builders';

const factor = (key: FactorKey, a = mentee('a@x.org'), b = mentor('b@x.org')) =>
  scorePair(a, b, config).factors[key];

describe('the eight factors of the matching matrix', () => {
  it('specialty: same 2 points, same group 1, other groups or Other 0', () => {
    expect(
      factor(
        'specialty',
        mentee('a@x.org', { specialty: 'Radiology' }),
        mentor('b@x.org', { specialty: 'Radiology' }),
      ),
    ).toBe(2);
    expect(
      factor(
        'specialty',
        mentee('a@x.org', { specialty: 'Anaesthetics' }),
        mentor('b@x.org', { specialty: 'Acute medicine' }),
      ),
    ).toBe(1);
    expect(
      factor(
        'specialty',
        mentee('a@x.org', { specialty: 'Psychiatry' }),
        mentor('b@x.org', { specialty: 'Paediatrics' }),
      ),
    ).toBe(1);
    expect(
      factor(
        'specialty',
        mentee('a@x.org', { specialty: 'Radiology' }),
        mentor('b@x.org', { specialty: 'Surgery (general and subspecialties)' }),
      ),
    ).toBe(0);
    expect(
      factor(
        'specialty',
        mentee('a@x.org', { specialty: 'Other' }),
        mentor('b@x.org', { specialty: 'Acute medicine' }),
      ),
    ).toBe(0);
    expect(factor('specialty', mentee('a@x.org', { specialty: null }), mentor('b@x.org'))).toBe(0);
  });

  it('pathway: advised on 2, undecided mentee 1, else 0', () => {
    const m = mentor('b@x.org', { pathways: ['SAS career progression'] });
    expect(factor('pathway', mentee('a@x.org', { pathway: 'SAS career progression' }), m)).toBe(2);
    expect(
      factor('pathway', mentee('a@x.org', { pathway: 'Undecided / exploring options' }), m),
    ).toBe(1);
    expect(factor('pathway', mentee('a@x.org', { pathway: 'General practice training' }), m)).toBe(
      0,
    );
  });

  it('needs: share of the mentee areas the mentor supports, 0 when none named', () => {
    const m = mentor('b@x.org', { supportAreas: ['Career planning', 'Exams and assessments'] });
    expect(
      factor(
        'needs',
        mentee('a@x.org', {
          supportAreas: ['Career planning', 'Teaching and leadership', 'Exams and assessments'],
        }),
        m,
      ),
    ).toBeCloseTo((2 * 2) / 3, 12);
    expect(factor('needs', mentee('a@x.org', { supportAreas: [] }), m)).toBe(0);
  });

  it('site: same 1, different without an in-person insistence 0.5, else 0', () => {
    const hri = { site: 'Hull Royal Infirmary' };
    const chh = { site: 'Castle Hill Hospital' };
    expect(
      factor(
        'site',
        mentee('a@x.org', { ...hri, format: 'In person' }),
        mentor('b@x.org', { ...hri, format: 'In person' }),
      ),
    ).toBe(1);
    expect(
      factor(
        'site',
        mentee('a@x.org', { ...hri, format: 'Virtual' }),
        mentor('b@x.org', { ...chh, format: 'Either' }),
      ),
    ).toBe(0.5);
    expect(
      factor(
        'site',
        mentee('a@x.org', { ...hri, format: 'In person' }),
        mentor('b@x.org', { ...chh, format: 'Either' }),
      ),
    ).toBe(0);
    expect(
      factor(
        'site',
        mentee('a@x.org', { ...hri, format: 'Either' }),
        mentor('b@x.org', { ...chh, format: 'In person' }),
      ),
    ).toBe(0);
  });

  it('format: same or either says Either 1, else 0', () => {
    expect(
      factor(
        'format',
        mentee('a@x.org', { format: 'Virtual' }),
        mentor('b@x.org', { format: 'Virtual' }),
      ),
    ).toBe(1);
    expect(
      factor(
        'format',
        mentee('a@x.org', { format: 'In person' }),
        mentor('b@x.org', { format: 'Either' }),
      ),
    ).toBe(1);
    expect(
      factor(
        'format',
        mentee('a@x.org', { format: 'In person' }),
        mentor('b@x.org', { format: 'Virtual' }),
      ),
    ).toBe(0);
  });

  it('availability: share of the mentee slots the mentor shares', () => {
    const m = mentor('b@x.org', { availability: ['Weekends', 'Weekday evenings'] });
    expect(
      factor(
        'availability',
        mentee('a@x.org', {
          availability: ['Weekends', 'Weekday mornings', 'Weekday evenings', 'Weekday lunchtimes'],
        }),
        m,
      ),
    ).toBe(0.5);
    expect(factor('availability', mentee('a@x.org', { availability: [] }), m)).toBe(0);
  });

  it('IMG preference: no preference 1; wants an IMG and gets one 1; else 0', () => {
    expect(
      factor(
        'img_preference',
        mentee('a@x.org', { prefersImgMentor: false }),
        mentor('b@x.org', { img: false }),
      ),
    ).toBe(1);
    expect(
      factor(
        'img_preference',
        mentee('a@x.org', { prefersImgMentor: true }),
        mentor('b@x.org', { img: true }),
      ),
    ).toBe(1);
    expect(
      factor(
        'img_preference',
        mentee('a@x.org', { prefersImgMentor: true }),
        mentor('b@x.org', { img: false }),
      ),
    ).toBe(0);
  });

  it('seniority: by rank, LED ranking with core trainees', () => {
    const led = mentee('a@x.org', { grade: 'Locally employed doctor (LED)' });
    expect(factor('seniority', led, mentor('b@x.org', { grade: 'SAS doctor' }))).toBe(1);
    expect(
      factor('seniority', led, mentor('b@x.org', { grade: 'Locally employed doctor (LED)' })),
    ).toBe(0.5);
    expect(
      factor(
        'seniority',
        mentee('a@x.org', { grade: 'Consultant' }),
        mentor('b@x.org', { grade: 'SAS doctor' }),
      ),
    ).toBe(0);
  });

  it('adds to 11 for a perfect pair, with the per cent', () => {
    const result = scorePair(mentee('a@x.org'), mentor('b@x.org'), config);
    expect(result.score).toBe(11);
    expect(result.percent).toBe(100);
  });

  it('follows configured weights', () => {
    const weights = { ...config.factorWeights, specialty: 3 };
    const result = scorePair(mentee('a@x.org'), mentor('b@x.org'), {
      ...config,
      factorWeights: weights,
    });
    expect(result.factors.specialty).toBe(3);
    expect(result.score).toBe(12);
  });
});

describe('the fast total', () => {
  it('equals the explained score to the last bit', () => {
    const scorer = new PairScorer(config);
    const options = <T>(list: readonly T[], i: number) => list.filter((_, k) => (i >> k) & 1);
    for (let i = 0; i < 200; i++) {
      const a = mentee('a@x.org', {
        grade: config.grades[i % 6].label,
        specialty: config.specialties[i % 14],
        site: config.sites[i % 3],
        format: config.formats[(i >> 2) % 3],
        pathway: config.pathways[i % 5],
        supportAreas: options(config.supportAreas, i * 37),
        availability: options(config.availability, i * 11),
        prefersImgMentor: i % 3 === 0 ? null : i % 3 === 1,
      });
      const b = mentor('b@x.org', {
        grade: config.grades[(i * 7) % 6].label,
        specialty: config.specialties[(i * 5) % 14],
        site: config.sites[(i >> 1) % 3],
        format: config.formats[i % 3],
        pathways: options(config.pathways, i * 3),
        supportAreas: options(config.supportAreas, i * 53),
        availability: options(config.availability, i * 29),
        img: i % 2 === 0,
      });
      const [pa, pb] = [scorer.mentee(a), scorer.mentor(b)];
      expect(scorer.total(pa, pb)).toBe(scorer.explain(pa, pb).score);
      expect(scorePair(a, b, config).score).toBe(scorer.total(pa, pb));
    }
  });
});
