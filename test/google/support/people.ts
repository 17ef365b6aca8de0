/** Applicants and answers for the simulated pilot, keyed by the instruments' question titles. */
import {
  DOMAINS,
  MENTEE_APPLICATION as MENTEE,
  MENTOR_APPLICATION as MENTOR,
} from '../../../src/core/instruments';

export type Answers = Record<string, string | string[] | number>;

export function domainAnswers(score: (index: number) => number): Answers {
  return Object.fromEntries(DOMAINS.map((d, i) => [d.title, score(i)]));
}

export function menteeApplication(name: string, overrides: Answers = {}): Answers {
  return {
    [MENTEE.fullName]: name,
    [MENTEE.grade]: 'Locally employed doctor (LED)',
    [MENTEE.img]: 'Yes',
    [MENTEE.specialty]: 'Acute medicine',
    [MENTEE.site]: 'Hull Royal Infirmary',
    [MENTEE.pathway]: 'Portfolio Pathway (specialist registration)',
    [MENTEE.supportAreas]: ['Portfolio and applications', 'NHS systems and processes'],
    [MENTEE.format]: 'Either',
    [MENTEE.availability]: ['Weekday lunchtimes', 'Weekday evenings'],
    [MENTEE.prefersImgMentor]: 'No preference',
    [MENTEE.goal1]: 'Pass the next portfolio review',
    ...domainAnswers(() => 4),
    [MENTEE.consent]: 'Yes',
    ...overrides,
  };
}

export function mentorApplication(name: string, overrides: Answers = {}): Answers {
  return {
    [MENTOR.fullName]: name,
    [MENTOR.grade]: 'Consultant',
    [MENTOR.monthsNhs]: '120',
    [MENTOR.img]: 'Yes',
    [MENTOR.specialty]: 'Acute medicine',
    [MENTOR.site]: 'Hull Royal Infirmary',
    [MENTOR.pathways]: [
      'Portfolio Pathway (specialist registration)',
      'Specialty training (national recruitment)',
    ],
    [MENTOR.supportAreas]: [
      'Portfolio and applications',
      'NHS systems and processes',
      'Career planning',
    ],
    [MENTOR.format]: 'Either',
    [MENTOR.availability]: ['Weekday lunchtimes', 'Weekday evenings'],
    [MENTOR.capacity]: '1',
    [MENTOR.consent]: 'Yes',
    ...overrides,
  };
}
