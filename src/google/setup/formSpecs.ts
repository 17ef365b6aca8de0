/**
 * The five Google Forms, described as data from the instruments and the protocol configuration
 * (protocol section 3). forms.ts builds them with FormApp; the instrument sheets take their
 * headers from the same description, so titles can never drift apart.
 */
import type { ProtocolConfig } from '../../core/config';
import {
  CHECK_IN,
  COMMON,
  DOMAINS,
  MEETING_OPTIONS,
  MENTEE_APPLICATION as MENTEE,
  MENTEE_FEEDBACK,
  MENTOR_APPLICATION as MENTOR,
  MENTOR_FEEDBACK,
  SHEETS,
  WILLING_OPTIONS,
  type SheetName,
} from '../../core/instruments';

export type FormKey =
  'menteeApplication' | 'mentorApplication' | 'checkIn' | 'menteeFeedback' | 'mentorFeedback';

export const FORM_KEYS: readonly FormKey[] = [
  'menteeApplication',
  'mentorApplication',
  'checkIn',
  'menteeFeedback',
  'mentorFeedback',
];

export type ItemSpec =
  | { kind: 'text'; title: string; required?: boolean; wholeNumber?: boolean }
  | { kind: 'paragraph'; title: string; help?: string }
  | {
      kind: 'choice';
      title: string;
      options: readonly string[];
      required?: boolean;
      pulseFor?: string;
    }
  | { kind: 'list'; title: string; options: readonly string[]; required?: boolean }
  | { kind: 'checkbox'; title: string; options: readonly string[]; required?: boolean }
  | { kind: 'scale'; title: string; required?: boolean }
  | { kind: 'date'; title: string; required?: boolean }
  | { kind: 'page'; title: string; help?: string };

export interface FormSpec {
  key: FormKey;
  sheet: SheetName;
  title: string;
  description: string;
  items: ItemSpec[];
}

const YES_NO = ['Yes', 'No'] as const;
const CONSENT = {
  kind: 'choice',
  title: MENTEE.consent,
  options: ['Yes'],
  required: true,
} as const;

function domainItems(): ItemSpec[] {
  return DOMAINS.map((domain) => ({ kind: 'scale', title: domain.title, required: true }));
}

function menteeApplication(config: ProtocolConfig): FormSpec {
  return {
    key: 'menteeApplication',
    sheet: SHEETS.menteeApplication,
    title: 'Dyad mentorship programme: mentee application',
    description:
      'For international medical graduates and locally employed doctors who would like a mentor. Your answers are seen by the Programme Lead and the IMG Tutor only.',
    items: [
      { kind: 'text', title: MENTEE.fullName, required: true },
      {
        kind: 'list',
        title: MENTEE.grade,
        options: config.grades.map((g) => g.label),
        required: true,
      },
      { kind: 'choice', title: MENTEE.img, options: YES_NO, required: true },
      { kind: 'list', title: MENTEE.specialty, options: config.specialties, required: true },
      { kind: 'choice', title: MENTEE.site, options: config.sites, required: true },
      { kind: 'choice', title: MENTEE.pathway, options: config.pathways, required: true },
      { kind: 'checkbox', title: MENTEE.supportAreas, options: config.supportAreas },
      { kind: 'choice', title: MENTEE.format, options: config.formats, required: true },
      { kind: 'checkbox', title: MENTEE.availability, options: config.availability },
      { kind: 'choice', title: MENTEE.prefersImgMentor, options: ['Yes', 'No preference'] },
      { kind: 'text', title: MENTEE.goal1, required: true },
      { kind: 'text', title: MENTEE.goal2 },
      { kind: 'text', title: MENTEE.goal3 },
      { kind: 'page', title: 'Where you are now', help: '1 = Not at all, 10 = Completely.' },
      ...domainItems(),
      CONSENT,
    ],
  };
}

function mentorApplication(config: ProtocolConfig): FormSpec {
  return {
    key: 'mentorApplication',
    sheet: SHEETS.mentorApplication,
    title: 'Dyad mentorship programme: mentor application',
    description:
      'For doctors who would like to mentor an international medical graduate or locally employed doctor.',
    items: [
      { kind: 'text', title: MENTOR.fullName, required: true },
      {
        kind: 'list',
        title: MENTOR.grade,
        options: config.grades.map((g) => g.label),
        required: true,
      },
      { kind: 'text', title: MENTOR.monthsNhs, required: true, wholeNumber: true },
      { kind: 'choice', title: MENTOR.img, options: YES_NO, required: true },
      { kind: 'list', title: MENTOR.specialty, options: config.specialties, required: true },
      { kind: 'choice', title: MENTOR.site, options: config.sites, required: true },
      {
        kind: 'checkbox',
        title: MENTOR.pathways,
        options: config.pathways.filter((p) => p !== config.undecidedPathway),
      },
      { kind: 'checkbox', title: MENTOR.supportAreas, options: config.supportAreas },
      { kind: 'choice', title: MENTOR.format, options: config.formats, required: true },
      { kind: 'checkbox', title: MENTOR.availability, options: config.availability },
      {
        kind: 'choice',
        title: MENTOR.capacity,
        options: config.mentorCapacityOptions.map(String),
        required: true,
      },
      CONSENT,
    ],
  };
}

/** The meeting whose check-in carries the wellbeing pulse page (the mid-pilot review). */
export const PULSE_MEETING = MEETING_OPTIONS[1];

function checkIn(config: ProtocolConfig): FormSpec {
  return {
    key: 'checkIn',
    sheet: SHEETS.checkIn,
    title: 'Dyad mentorship programme: meeting check-in',
    description:
      'Mentees: please fill this in after each meeting with your mentor. Your mentor does not see your answers.',
    items: [
      {
        kind: 'choice',
        title: CHECK_IN.meeting,
        options: MEETING_OPTIONS,
        required: true,
        pulseFor: PULSE_MEETING,
      },
      { kind: 'date', title: CHECK_IN.date, required: true },
      {
        kind: 'choice',
        title: CHECK_IN.format,
        options: config.formats.filter((f) => f !== config.eitherFormat),
        required: true,
      },
      { kind: 'scale', title: CHECK_IN.goal1, required: true },
      { kind: 'scale', title: CHECK_IN.goal2 },
      { kind: 'scale', title: CHECK_IN.goal3 },
      { kind: 'scale', title: CHECK_IN.safety, required: true },
      { kind: 'choice', title: CHECK_IN.concern, options: YES_NO, required: true },
      {
        kind: 'paragraph',
        title: CHECK_IN.concernText,
        help: 'Only the Programme Lead reads this. It is never sent to your mentor or by email.',
      },
      {
        kind: 'page',
        title: 'Wellbeing pulse',
        help: 'Only the Programme Lead sees these answers.',
      },
      { kind: 'scale', title: CHECK_IN.pulse },
      { kind: 'paragraph', title: CHECK_IN.pulseText },
    ],
  };
}

function menteeFeedback(): FormSpec {
  return {
    key: 'menteeFeedback',
    sheet: SHEETS.menteeFeedback,
    title: 'Dyad mentorship programme: mentee end-of-pilot feedback',
    description: '1 = Not at all, 10 = Completely.',
    items: [
      ...domainItems(),
      { kind: 'scale', title: MENTEE_FEEDBACK.usefulness, required: true },
      { kind: 'scale', title: MENTEE_FEEDBACK.matchSatisfaction, required: true },
      { kind: 'scale', title: MENTEE_FEEDBACK.recommend, required: true },
      { kind: 'paragraph', title: MENTEE_FEEDBACK.workedWell },
      { kind: 'paragraph', title: MENTEE_FEEDBACK.improve },
    ],
  };
}

function mentorFeedback(): FormSpec {
  return {
    key: 'mentorFeedback',
    sheet: SHEETS.mentorFeedback,
    title: 'Dyad mentorship programme: mentor end-of-pilot feedback',
    description: '1 = Not at all, 10 = Completely.',
    items: [
      { kind: 'scale', title: MENTOR_FEEDBACK.matchSatisfaction, required: true },
      { kind: 'scale', title: MENTOR_FEEDBACK.adminEase, required: true },
      { kind: 'choice', title: MENTOR_FEEDBACK.willing, options: WILLING_OPTIONS, required: true },
      { kind: 'paragraph', title: MENTOR_FEEDBACK.workedWell },
      { kind: 'paragraph', title: MENTOR_FEEDBACK.improve },
    ],
  };
}

export function formSpecs(config: ProtocolConfig): FormSpec[] {
  return [
    menteeApplication(config),
    mentorApplication(config),
    checkIn(config),
    menteeFeedback(),
    mentorFeedback(),
  ];
}

/** The instrument sheet's header: what Google writes first, then every question in form order. */
export function instrumentHeader(spec: FormSpec): string[] {
  return [
    COMMON.timestamp,
    COMMON.email,
    ...spec.items.filter((i) => i.kind !== 'page').map((i) => i.title),
  ];
}
