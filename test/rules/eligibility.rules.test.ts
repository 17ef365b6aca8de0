/**
 * Protocol section 2, eligibility. Every expected value below is read off the protocol's rule
 * (or a non-default configuration of it), never computed by the code under test.
 */
import { menteeIneligibility, mentorIneligibility } from '../../src/core/eligibility';
import { CONSENT_TITLE, MENTOR_APPLICATION as MENTOR, SHEETS } from '../../src/core/instruments';
import { proposeMatches } from '../../src/core/matching';
import { readProgramme } from '../../src/core/readProgramme';
import type { MenteeApplication, MentorApplication } from '../../src/core/records';
import { mentee, mentor, records } from '../core/builders';
import { configWith, evaluateAt, thresholdOf } from './support';

const LED = 'Locally employed doctor (LED)';
const ST3 = 'Specialty registrar (ST3 or above)';
const CORE = 'Core trainee (CT1–CT3 / ST1–ST2)';
const FY = 'Foundation (FY1–FY2)';
const SAS = 'SAS doctor';
const CONSULTANT = 'Consultant';

describe('mentor eligibility (grade and NHS experience)', () => {
  // [grade, months of NHS experience, eligible by the protocol?]
  const cases: [string | null, number | null, boolean][] = [
    [ST3, 11, false], // just below 12 months
    [ST3, 12, true], // at 12 months ("at least 12")
    [ST3, 13, true], // just above
    [ST3, null, false], // experience not given: not known to have 12 months
    [ST3, 0, false],
    [SAS, 0, true], // SAS whatever the experience
    [LED, 0, true],
    [CONSULTANT, null, true],
    [CORE, 120, false], // core trainees cannot mentor, however experienced
    [FY, 120, false],
    [null, 120, false], // grade blank
  ];
  it.each(cases)('%s with %s months: eligible %s', (grade, monthsNhs, eligible) => {
    const reasons = mentorIneligibility(
      mentor('m@nhs.example', { grade, monthsNhs }),
      configWith(),
    );
    expect(reasons.length === 0).toBe(eligible);
  });

  it('follows a non-default minimum experience (24 months): 23 fails, 24 passes', () => {
    const config = configWith({
      mentorEligibility: { ...configWith().mentorEligibility, minMonthsNhs: 24 },
    });
    const at = (monthsNhs: number) =>
      mentorIneligibility(mentor('m@nhs.example', { grade: ST3, monthsNhs }), config);
    expect(at(23)).toEqual([`${ST3} with 23 months of NHS experience (at least 24 needed)`]);
    expect(at(24)).toEqual([]);
  });

  it('says why in words', () => {
    expect(
      mentorIneligibility(mentor('m@nhs.example', { grade: ST3, monthsNhs: 11 }), configWith()),
    ).toEqual([`${ST3} with 11 months of NHS experience (at least 12 needed)`]);
    expect(
      mentorIneligibility(mentor('m@nhs.example', { grade: ST3, monthsNhs: null }), configWith()),
    ).toEqual([`${ST3} without months of NHS experience given (at least 12 needed)`]);
    expect(mentorIneligibility(mentor('m@nhs.example', { grade: CORE }), configWith())).toEqual([
      `grade ${CORE} cannot mentor in this programme`,
    ]);
  });
});

describe('mentee eligibility (IMG or LED, any grade)', () => {
  // [IMG answer (true Yes, false No, null skipped), grade, eligible by the protocol?]
  const cases: [boolean | null, string | null, boolean][] = [
    [true, FY, true], // IMG: any grade
    [true, CONSULTANT, true],
    [true, null, true], // IMG with grade skipped: still an IMG
    [false, LED, true], // UK graduate but LED
    [false, CORE, false], // UK graduate, not LED
    [null, CORE, false], // skipped the IMG question and not LED: not known to qualify
    [null, LED, true], // skipped the IMG question but LED
    [null, null, false],
  ];
  it.each(cases)('IMG %s, grade %s: eligible %s', (img, grade, eligible) => {
    const reasons = menteeIneligibility(mentee('e@nhs.example', { img, grade }), configWith());
    expect(reasons.length === 0).toBe(eligible);
  });

  it('follows a non-default list of grades eligible without an overseas qualification', () => {
    const config = configWith({ menteeEligibleGrades: [CORE] });
    expect(menteeIneligibility(mentee('e@x', { img: false, grade: CORE }), config)).toEqual([]);
    expect(menteeIneligibility(mentee('e@x', { img: false, grade: LED }), config)).toHaveLength(1);
  });
});

describe('consent and keeping everyone', () => {
  it('makes a mentee or mentor without consent ineligible, with "no consent"', () => {
    expect(menteeIneligibility(mentee('e@x', { consent: false }), configWith())).toEqual([
      'no consent',
    ]);
    expect(mentorIneligibility(mentor('m@x', { consent: false }), configWith())).toEqual([
      'no consent',
    ]);
  });

  it('never matches a mentor who refused consent, and lists them with the reason', () => {
    // The only mentor refused consent: the mentee stays unmatched.
    const result = proposeMatches(
      records({
        menteeApplications: [mentee('e@nhs.example')],
        mentorApplications: [mentor('m@nhs.example', { consent: false })],
      }),
    );
    expect(result.proposals).toEqual([]);
    expect(result.unmatched).toEqual(['e@nhs.example']);
    expect(result.ineligible).toEqual([
      { email: 'm@nhs.example', role: 'mentor', reason: 'no consent' },
    ]);
  });

  it('never matches a mentee who skipped the IMG question and is not LED', () => {
    const result = proposeMatches(
      records({
        menteeApplications: [mentee('e@nhs.example', { img: null, grade: CORE })],
        mentorApplications: [mentor('m@nhs.example')],
      }),
    );
    expect(result.proposals).toEqual([]);
    expect(result.unmatched).toEqual([]);
    expect(result.ineligible).toEqual([
      {
        email: 'e@nhs.example',
        role: 'mentee',
        reason: 'not known to be an international medical graduate or a locally employed doctor',
      },
    ]);
  });

  it('keeps every failing applicant, each reason joined in words', () => {
    const result = proposeMatches(
      records({
        menteeApplications: [
          mentee('a@nhs.example', { img: false, grade: CORE, consent: false }),
          mentee('b@nhs.example'),
        ],
        mentorApplications: [mentor('m@nhs.example', { grade: FY }), mentor('n@nhs.example')],
      }),
    );
    expect(result.ineligible).toEqual([
      {
        email: 'a@nhs.example',
        role: 'mentee',
        reason:
          'no consent; primary medical qualification obtained in the UK and not a locally employed doctor',
      },
      {
        email: 'm@nhs.example',
        role: 'mentor',
        reason: `grade ${FY} cannot mentor in this programme`,
      },
    ]);
    expect(result.proposals.map((p) => [p.mentee, p.mentor])).toEqual([
      ['b@nhs.example', 'n@nhs.example'],
    ]);
  });
});

describe('a second application from the same email', () => {
  const mentorRow = (email: string, timestamp: string, grade: string, months: string) => [
    timestamp,
    email,
    'Dr Someone',
    grade,
    months,
    'Yes',
    'Acute medicine',
    'Hull Royal Infirmary',
    'Specialty training (national recruitment)',
    'Career planning',
    'Either',
    'Weekends',
    '1',
    'Yes',
  ];
  const header = [
    'Timestamp',
    'Email address',
    MENTOR.fullName,
    MENTOR.grade,
    MENTOR.monthsNhs,
    MENTOR.img,
    MENTOR.specialty,
    MENTOR.site,
    MENTOR.pathways,
    MENTOR.supportAreas,
    MENTOR.format,
    MENTOR.availability,
    MENTOR.capacity,
    CONSENT_TITLE,
  ];

  it('counts the latest once in F1 and keeps the earlier as superseded', () => {
    // Two mentors, one of whom applied twice: 2 eligible mentors, 2 applications (not 3).
    const read = readProgramme({
      [SHEETS.mentorApplication]: {
        sheet: SHEETS.mentorApplication,
        header,
        rows: [
          mentorRow('a@nhs.example', '01/11/2025 10:00:00', CONSULTANT, '100'),
          mentorRow('b@nhs.example', '02/11/2025 10:00:00', CONSULTANT, '100'),
          mentorRow('a@nhs.example', '03/11/2025 10:00:00', CONSULTANT, '101'),
        ],
      },
    });
    const apps = read.records.mentorApplications;
    expect(apps.map((a) => [a.row, a.superseded])).toEqual([
      [2, true],
      [3, false],
      [4, false],
    ]);
    const f1 = thresholdOf(evaluateAt(read.records), 'F1');
    expect(f1).toMatchObject({ observed: 2, n: 2 });
  });

  it('judges the latest application: an eligible one replaced by an ineligible one is ineligible', () => {
    // Earlier: ST3 with 24 months (eligible); later: ST3 with 6 months (not).
    const latest: MentorApplication = mentor('a@nhs.example', { grade: ST3, monthsNhs: 6 });
    const earlier: MentorApplication = {
      ...mentor('a@nhs.example', { grade: ST3, monthsNhs: 24 }),
      superseded: true,
    };
    const e = evaluateAt(records({ mentorApplications: [earlier, latest] }));
    expect(thresholdOf(e, 'F1')).toMatchObject({ observed: 0, n: 1 });
  });

  it('counts a re-applying mentee once in F2', () => {
    const earlier: MenteeApplication = { ...mentee('e@nhs.example'), superseded: true };
    const e = evaluateAt(records({ menteeApplications: [earlier, mentee('e@nhs.example')] }));
    expect(thresholdOf(e, 'F2')).toMatchObject({ observed: 1, n: 1 });
  });
});
