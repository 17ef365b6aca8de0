import { DEFAULT_CONFIG as config } from '../../src/core/config';
import {
  applicantPool,
  menteeIneligibility,
  mentorIneligibility,
} from '../../src/core/eligibility';
import { mentee, mentor, records } from './builders';

describe('eligibility', () => {
  it('accepts IMG mentees of any grade and UK-graduate LEDs', () => {
    expect(
      menteeIneligibility(mentee('a@x.org', { grade: 'Consultant', img: true }), config),
    ).toEqual([]);
    expect(
      menteeIneligibility(
        mentee('a@x.org', { grade: 'Locally employed doctor (LED)', img: false }),
        config,
      ),
    ).toEqual([]);
  });

  it('refuses UK-graduate trainees and anyone without consent, with reasons in words', () => {
    expect(menteeIneligibility(mentee('a@x.org', { img: false }), config)[0]).toMatch(/UK/);
    expect(menteeIneligibility(mentee('a@x.org', { consent: false }), config)).toEqual([
      'no consent',
    ]);
  });

  it('accepts registrars only with 12 months of NHS experience', () => {
    const registrar = 'Specialty registrar (ST3 or above)';
    expect(
      mentorIneligibility(mentor('b@x.org', { grade: registrar, monthsNhs: 12 }), config),
    ).toEqual([]);
    expect(
      mentorIneligibility(mentor('b@x.org', { grade: registrar, monthsNhs: 6 }), config)[0],
    ).toMatch(/6 months.*12/);
    expect(
      mentorIneligibility(mentor('b@x.org', { grade: registrar, monthsNhs: null }), config)[0],
    ).toMatch(/12/);
    for (const grade of ['SAS doctor', 'Locally employed doctor (LED)', 'Consultant']) {
      expect(mentorIneligibility(mentor('b@x.org', { grade, monthsNhs: 0 }), config)).toEqual([]);
    }
    expect(
      mentorIneligibility(mentor('b@x.org', { grade: 'Foundation (FY1–FY2)' }), config)[0],
    ).toMatch(/cannot mentor/);
  });

  it('keeps every current applicant: eligible or listed with a reason; superseded ones aside', () => {
    const pool = applicantPool(
      records({
        menteeApplications: [
          mentee('a@x.org', { superseded: true, img: false }),
          mentee('a@x.org'),
          mentee('c@x.org', { consent: false }),
        ],
        mentorApplications: [mentor('m@x.org', { grade: 'Foundation (FY1–FY2)' })],
      }),
      config,
    );
    expect(pool.mentees.map((m) => m.email)).toEqual(['a@x.org']);
    expect(pool.ineligible).toEqual([
      { email: 'c@x.org', role: 'mentee', reason: 'no consent' },
      { email: 'm@x.org', role: 'mentor', reason: expect.stringMatching(/Foundation/) },
    ]);
  });
});
