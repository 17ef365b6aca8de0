/**
 * The Google Forms instruments and the Lead's sheets (protocol section 3).
 * Question titles are the data contract: exports, linked response sheets and FormApp
 * responses all name answers by these titles.
 */

export const SHEETS = {
  menteeApplication: 'mentee-application',
  mentorApplication: 'mentor-application',
  checkIn: 'check-in',
  menteeFeedback: 'mentee-feedback',
  mentorFeedback: 'mentor-feedback',
  pairs: 'pairs',
  escalations: 'escalations',
  programme: 'programme',
} as const;

export type SheetKey = keyof typeof SHEETS;
export type SheetName = (typeof SHEETS)[SheetKey];
export const SHEET_NAMES: readonly SheetName[] = Object.values(SHEETS);

/** Columns every form response carries. `Email address` may also arrive as `Email Address`. */
export const COMMON = {
  timestamp: 'Timestamp',
  email: 'Email address',
} as const;

export type DomainKey =
  | 'supported'
  | 'belonging'
  | 'nhs_processes'
  | 'workplace_culture'
  | 'escalating_concerns'
  | 'asking_questions'
  | 'wellbeing'
  | 'seeking_help'
  | 'career_pathways'
  | 'portfolio'
  | 'work_life_balance';

export type DomainGroup =
  'Trust connection' | 'Clinical and psychological safety' | 'Career agency';

export interface Domain {
  key: DomainKey;
  group: DomainGroup;
  title: string;
  /** Kirkpatrick level reported for this domain: 3 = behaviour, 2 = learning. */
  kirkpatrickLevel: 2 | 3;
}

export const DOMAINS: readonly Domain[] = [
  {
    key: 'supported',
    group: 'Trust connection',
    title: 'How supported do you feel in the Trust?',
    kirkpatrickLevel: 2,
  },
  {
    key: 'belonging',
    group: 'Trust connection',
    title: 'How much do you feel you belong in your team?',
    kirkpatrickLevel: 2,
  },
  {
    key: 'nhs_processes',
    group: 'Trust connection',
    title: 'Confidence with NHS processes (study leave, Datix, exception reporting, escalation)',
    kirkpatrickLevel: 2,
  },
  {
    key: 'workplace_culture',
    group: 'Trust connection',
    title: 'Understanding NHS workplace culture and expectations',
    kirkpatrickLevel: 2,
  },
  {
    key: 'escalating_concerns',
    group: 'Clinical and psychological safety',
    title: 'Confidence escalating concerns or calling seniors',
    kirkpatrickLevel: 3,
  },
  {
    key: 'asking_questions',
    group: 'Clinical and psychological safety',
    title: 'Safety to ask questions or admit uncertainty at work',
    kirkpatrickLevel: 3,
  },
  {
    key: 'wellbeing',
    group: 'Clinical and psychological safety',
    title: 'Current wellbeing at work',
    kirkpatrickLevel: 2,
  },
  {
    key: 'seeking_help',
    group: 'Clinical and psychological safety',
    title: 'Knowing where to seek help for wellbeing or workplace concerns',
    kirkpatrickLevel: 3,
  },
  {
    key: 'career_pathways',
    group: 'Career agency',
    title: 'Clarity about UK career pathways (training vs Portfolio Pathway)',
    kirkpatrickLevel: 2,
  },
  {
    key: 'portfolio',
    group: 'Career agency',
    title: 'Confidence about portfolio evidence and applications',
    kirkpatrickLevel: 2,
  },
  {
    key: 'work_life_balance',
    group: 'Career agency',
    title: 'Manageable work-life balance',
    kirkpatrickLevel: 2,
  },
];

export const DOMAIN_KEYS: readonly DomainKey[] = DOMAINS.map((d) => d.key);

/** Scale labels shown on every 1–10 question. */
export const SCALE = { min: 1, max: 10, lowLabel: 'Not at all', highLabel: 'Completely' } as const;

export const CONSENT_TITLE = 'I consent to my answers being used to run and evaluate the programme';
export const IMG_TITLE = 'Did you obtain your primary medical qualification outside the UK?';

export const MENTEE_APPLICATION = {
  fullName: 'Full name',
  grade: 'Grade',
  img: IMG_TITLE,
  specialty: 'Specialty',
  site: 'Site',
  pathway: 'Which career pathway are you aiming for?',
  supportAreas: 'What would you most like support with?',
  format: 'Preferred meeting format',
  availability: 'When are you usually available?',
  prefersImgMentor: 'Would you prefer a mentor who is also an international medical graduate?',
  goal1: 'Personal goal 1',
  goal2: 'Personal goal 2',
  goal3: 'Personal goal 3',
  consent: CONSENT_TITLE,
} as const;

export const MENTOR_APPLICATION = {
  fullName: 'Full name',
  grade: 'Grade',
  monthsNhs: 'Months of NHS experience',
  img: IMG_TITLE,
  specialty: 'Specialty',
  site: 'Site',
  pathways: 'Which career pathways can you advise on?',
  supportAreas: 'Which areas can you support?',
  format: 'Preferred meeting format',
  availability: 'When are you usually available?',
  capacity: 'How many mentees could you support?',
  consent: CONSENT_TITLE,
} as const;

export const CHECK_IN = {
  meeting: 'Which meeting was this?',
  date: 'Date of meeting',
  format: 'Meeting format',
  goal1: 'Progress towards personal goal 1',
  goal2: 'Progress towards personal goal 2',
  goal3: 'Progress towards personal goal 3',
  safety: 'How safe did you feel to raise difficulties or admit uncertainty with your mentor?',
  concern: 'Do you have a concern that needs escalating?',
  concernText: 'Please describe the concern',
  pulse: 'Wellbeing pulse: how is your wellbeing at work right now?',
  pulseText: 'Anything about your wellbeing you would like the programme lead to know?',
} as const;

export const MEETING_OPTIONS = [
  'Meeting 1 (month 1)',
  'Meeting 2 (month 3, mid-pilot review)',
  'Meeting 3 (month 6)',
  'Additional meeting',
] as const;

export const MENTEE_FEEDBACK = {
  usefulness: 'How useful was the programme overall?',
  matchSatisfaction: 'How satisfied are you with your mentor match?',
  recommend: 'How likely are you to recommend the programme to a colleague?',
  workedWell: 'What worked well?',
  improve: 'What could be improved?',
} as const;

export const MENTOR_FEEDBACK = {
  matchSatisfaction: 'How satisfied are you with your mentee match?',
  adminEase: 'How easy was the programme administration for you?',
  willing: 'Would you be willing to mentor in the next cohort?',
  workedWell: 'What worked well?',
  improve: 'What could be improved?',
} as const;

export const WILLING_OPTIONS = ['Yes', 'Maybe', 'No'] as const;

export const PAIRS = {
  pairId: 'Pair ID',
  menteeEmail: 'Mentee email',
  mentorEmail: 'Mentor email',
  matchScore: 'Match score',
  confirmedByLead: 'Confirmed by lead',
  confirmedByTutor: 'Confirmed by IMG tutor',
  rationale: 'Rationale',
  status: 'Status',
  withdrawalDate: 'Withdrawal date',
  withdrawalReason: 'Withdrawal reason',
  beyondControl: 'Beyond programme control',
} as const;

export const PAIR_STATUSES = ['Active', 'Completed', 'Withdrawn', 'Excluded'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

export const ESCALATIONS = {
  id: 'Escalation ID',
  raisedOn: 'Raised on',
  pairId: 'Pair ID',
  source: 'Source',
  status: 'Status',
  resolvedOn: 'Resolved on',
  channel: 'Trust channel',
  action: 'Action taken',
} as const;

export const ESCALATION_STATUSES = ['Open', 'Resolved'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export const PROGRAMME_COLUMNS = { setting: 'Setting', value: 'Value' } as const;

export const PROGRAMME_SETTINGS = {
  targetPairs: 'Target pairs',
  pilotStart: 'Pilot start date',
  pilotEnd: 'Pilot end date',
  adminBurdenEscalated: 'Admin burden escalated to senior team',
  committeeDecision: 'Committee decision',
  committeeDecisionDate: 'Committee decision date',
  leads: 'Programme leads',
  tutor: 'IMG tutor',
  committeeMembers: 'Committee members',
} as const;

/**
 * Rows of the programme sheet that name the programme or link Dyad's files rather than set the
 * evaluation: read without an issue, and kept aside as information.
 */
export const PROGRAMME_INFORMATION_ROWS = {
  programmeName: 'Programme name',
  trust: 'Trust',
  committeeSummary: 'Committee summary',
  menteeApplicationForm: 'Mentee application form',
  mentorApplicationForm: 'Mentor application form',
  checkInForm: 'Meeting check-in form',
  menteeFeedbackForm: 'Mentee feedback form',
  mentorFeedbackForm: 'Mentor feedback form',
} as const;

/** Header row of each Lead sheet, in order. */
export const LEAD_SHEET_HEADERS = {
  pairs: Object.values(PAIRS),
  escalations: Object.values(ESCALATIONS),
  programme: Object.values(PROGRAMME_COLUMNS),
} as const;
