import fc from 'fast-check';
import { DEFAULT_CONFIG as config } from '../../src/core/config';
import { proposeMatches } from '../../src/core/matching';
import type { MenteeApplication, MentorApplication, PairRecord } from '../../src/core/records';
import { scorePair } from '../../src/core/scoring';
import { mentee, mentor, pair, records } from './builders';

const pick = <T>(options: readonly T[]) => fc.constantFrom(...options);
const subset = (options: readonly string[]) => fc.subarray([...options]);

const menteeArb = fc.record({
  grade: pick(config.grades.map((g) => g.label)),
  specialty: pick(config.specialties),
  site: pick(config.sites),
  format: pick(config.formats),
  pathway: pick(config.pathways),
  supportAreas: subset(config.supportAreas),
  availability: subset(config.availability),
  prefersImgMentor: fc.boolean(),
});

const mentorArb = fc.record({
  grade: pick([
    'Consultant',
    'SAS doctor',
    'Locally employed doctor (LED)',
    'Specialty registrar (ST3 or above)',
  ]),
  specialty: pick(config.specialties),
  site: pick(config.sites),
  format: pick(config.formats),
  pathways: subset(config.pathways.slice(0, 4)),
  supportAreas: subset(config.supportAreas),
  availability: subset(config.availability),
  img: fc.boolean(),
  capacity: fc.constantFrom(1, 2),
});

/** The best total over every way of giving each mentee one allowed mentor or none. */
function bruteForce(
  mentees: MenteeApplication[],
  mentors: MentorApplication[],
  excluded: Set<string>,
): number {
  let best = 0;
  const load = mentors.map(() => 0);
  const walk = (i: number, total: number) => {
    if (i === mentees.length) {
      best = Math.max(best, total);
      return;
    }
    walk(i + 1, total);
    mentors.forEach((m, j) => {
      if (load[j] >= m.capacity || excluded.has(`${mentees[i].email}|${m.email}`)) return;
      load[j]++;
      walk(i + 1, total + scorePair(mentees[i], m, config).score);
      load[j]--;
    });
  };
  walk(0, 0);
  return best;
}

describe('match proposals', () => {
  it('reach the true optimum on random small cohorts, within capacities, never an excluded pair', () => {
    fc.assert(
      fc.property(
        fc.array(menteeArb, { minLength: 0, maxLength: 5 }),
        fc.array(mentorArb, { minLength: 0, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(4), fc.nat(2)), { maxLength: 3 }),
        (menteeSpecs, mentorSpecs, exclusions) => {
          const mentees = menteeSpecs.map((s, i) => mentee(`mentee${i}@x.org`, s));
          const mentors = mentorSpecs.map((s, j) => mentor(`mentor${j}@x.org`, s));
          const excludedPairs: PairRecord[] = exclusions
            .filter(([i, j]) => i < mentees.length && j < mentors.length)
            .map(([i, j]) => pair('', mentees[i].email, mentors[j].email, { status: 'Excluded' }));
          const excluded = new Set(excludedPairs.map((p) => `${p.menteeEmail}|${p.mentorEmail}`));
          const result = proposeMatches(
            records({
              menteeApplications: mentees,
              mentorApplications: mentors,
              pairs: excludedPairs,
            }),
          );

          expect(result.totalScore).toBeCloseTo(bruteForce(mentees, mentors, excluded), 9);
          for (const m of mentors) {
            expect(result.proposals.filter((p) => p.mentor === m.email).length).toBeLessThanOrEqual(
              m.capacity,
            );
          }
          for (const p of result.proposals)
            expect(excluded.has(`${p.mentee}|${p.mentor}`)).toBe(false);
          const placed = new Set([...result.proposals.map((p) => p.mentee), ...result.unmatched]);
          expect(placed.size).toBe(mentees.length);
          expect(
            proposeMatches(
              records({
                menteeApplications: mentees,
                mentorApplications: mentors,
                pairs: excludedPairs,
              }),
            ),
          ).toEqual(result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps confirmed pairs fixed, using up their mentor place', () => {
    const mentees = [mentee('a@x.org'), mentee('b@x.org', { specialty: 'Radiology' })];
    const mentors = [
      mentor('good@x.org'),
      mentor('weak@x.org', { specialty: 'Radiology', site: 'Castle Hill Hospital' }),
    ];
    // The Lead confirmed b with the mentor a would score best with.
    const confirmed = pair('P01', 'b@x.org', 'good@x.org');
    const result = proposeMatches(
      records({ menteeApplications: mentees, mentorApplications: mentors, pairs: [confirmed] }),
    );
    expect(result.proposals).toEqual([
      expect.objectContaining({ mentee: 'a@x.org', mentor: 'weak@x.org', confirmed: false }),
      expect.objectContaining({ mentee: 'b@x.org', mentor: 'good@x.org', confirmed: true }),
    ]);
  });

  it('lists mentees beyond the mentor places as unmatched, and the ineligible with reasons', () => {
    const result = proposeMatches(
      records({
        menteeApplications: [
          mentee('a@x.org'),
          mentee('b@x.org'),
          mentee('c@x.org'),
          mentee('uk@x.org', { img: false }),
        ],
        mentorApplications: [
          mentor('m@x.org', { capacity: 2 }),
          mentor('fy@x.org', { grade: 'Foundation (FY1–FY2)' }),
        ],
      }),
    );
    expect(result.proposals).toHaveLength(2);
    expect(result.unmatched).toHaveLength(1);
    expect(result.ineligible.map((i) => [i.email, i.role])).toEqual([
      ['uk@x.org', 'mentee'],
      ['fy@x.org', 'mentor'],
    ]);
  });

  it('shows the factor breakdown and up to three next-best mentors, best first', () => {
    const mentors = ['m1', 'm2', 'm3', 'm4', 'm5'].map((id, i) =>
      mentor(`${id}@x.org`, {
        availability: i < 2 ? ['Weekday evenings'] : ['Weekends'],
        specialty: i === 4 ? 'Radiology' : 'Acute medicine',
      }),
    );
    const result = proposeMatches(
      records({ menteeApplications: [mentee('a@x.org')], mentorApplications: mentors }),
    );
    const [proposal] = result.proposals;
    expect(Object.values(proposal.factors).reduce((a, b) => a + b, 0)).toBeCloseTo(
      proposal.score,
      12,
    );
    expect(proposal.alternatives).toHaveLength(3);
    expect(proposal.alternatives.map((a) => a.mentor)).not.toContain(proposal.mentor);
    const scores = proposal.alternatives.map((a) => a.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(proposal.alternatives.map((a) => a.mentor)).not.toContain('m5@x.org');
  });
});
