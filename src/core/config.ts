/**
 * The protocol configuration: every default of PROTOCOL.md in one typed object.
 * A trust adapts these before launch, then locks them (protocol section 10).
 */

export type FactorKey =
  | 'specialty'
  | 'pathway'
  | 'needs'
  | 'site'
  | 'format'
  | 'availability'
  | 'img_preference'
  | 'seniority';

export const FACTOR_KEYS: readonly FactorKey[] = [
  'specialty',
  'pathway',
  'needs',
  'site',
  'format',
  'availability',
  'img_preference',
  'seniority',
];

export const FACTOR_LABELS: Record<FactorKey, string> = {
  specialty: 'Specialty alignment',
  pathway: 'Career and pathway match',
  needs: 'Needs match',
  site: 'Site compatibility',
  format: 'Meeting format',
  availability: 'Availability',
  img_preference: 'IMG mentor preference',
  seniority: 'Seniority',
};

export type ThresholdId =
  'C1' | 'C2' | 'C3' | 'C4' | 'I1' | 'I2' | 'I3' | 'I4' | 'F1' | 'F2' | 'F3' | 'F4';
export type DecisionDomain = 'completion' | 'impact' | 'feasibility';
export type Scenario = 1 | 2 | 3 | 4;

export interface GradeOption {
  label: string;
  /** Seniority rank used by the seniority factor. */
  rank: number;
}

export interface ThresholdTargets {
  /** C1: share of evaluable pairs that held at least `c1MinMeetings` structured meetings. */
  c1Share: number;
  c1MinMeetings: number;
  /** C2 (aspirational): share of evaluable pairs that held all structured meetings. */
  c2Share: number;
  /** C3: feedback completion share, for mentees and for mentors. */
  c3Share: number;
  /** C4: escalations not resolved at pilot end. */
  c4MaxUnresolved: number;
  /** I1: mean improvement across the domains. */
  i1MeanChange: number;
  /** I2: usefulness mean. */
  i2Usefulness: number;
  /** I3: match satisfaction mean (mentees and mentors pooled). */
  i3MatchSatisfaction: number;
  /** I4: share of mentees rating recommendation at least `i4MinRating`. */
  i4Share: number;
  i4MinRating: number;
  /** F1: eligible mentors recruited, as a multiple of target pairs. */
  f1MentorsPerTargetPair: number;
  /** F2: eligible mentee applications, as a multiple of target pairs. */
  f2MenteesPerTargetPair: number;
  /** F4: mentor administration ease mean. */
  f4AdminEase: number;
}

export interface ProtocolConfig {
  grades: readonly GradeOption[];
  specialties: readonly string[];
  /** Specialty → group, for partial specialty credit. A specialty absent here is in no group. */
  specialtyGroups: Readonly<Record<string, string>>;
  sites: readonly string[];
  pathways: readonly string[];
  /** The pathway option that earns partial pathway credit ("Undecided"). */
  undecidedPathway: string;
  supportAreas: readonly string[];
  formats: readonly string[];
  /** Format that insists on meeting face to face. */
  inPersonFormat: string;
  /** Format that accepts any. */
  eitherFormat: string;
  availability: readonly string[];
  mentorEligibility: {
    /** Grades eligible whatever their NHS experience. */
    grades: readonly string[];
    /** Grade eligible only with at least `minMonthsNhs` months of NHS experience. */
    experiencedGrade: string;
    minMonthsNhs: number;
  };
  /** Grades that make a mentee eligible without an overseas primary qualification. */
  menteeEligibleGrades: readonly string[];
  mentorCapacityOptions: readonly number[];
  factorWeights: Readonly<Record<FactorKey, number>>;
  /** Proposal alternatives shown per mentee. */
  alternativesShown: number;
  meetings: {
    /** Months after the pilot start at which structured meetings 1, 2, 3 are due. */
    dueMonths: readonly number[];
    overdueAfterDays: number;
  };
  defaultTargetPairs: number;
  /** A mean or a share over fewer than this is insufficient data. */
  minAnswersForMeasure: number;
  /** Committee files show no figure taken over fewer people than this (status and n only). */
  minCommitteeCount: number;
  thresholds: ThresholdTargets;
  /** C2 is shown but never decides. */
  aspirationalThresholds: readonly ThresholdId[];
  recommendations: Readonly<Record<Scenario, string>>;
}

const GRADES: readonly GradeOption[] = [
  { label: 'Foundation (FY1–FY2)', rank: 1 },
  { label: 'Core trainee (CT1–CT3 / ST1–ST2)', rank: 2 },
  { label: 'Specialty registrar (ST3 or above)', rank: 3 },
  { label: 'Locally employed doctor (LED)', rank: 2 },
  { label: 'SAS doctor', rank: 4 },
  { label: 'Consultant', rank: 5 },
];

const MEDICAL = 'medical';
const SURGICAL = 'surgical';
const DIAGNOSTIC = 'diagnostic';
const COMMUNITY = 'community and mental health';

export const DEFAULT_CONFIG: ProtocolConfig = {
  grades: GRADES,
  specialties: [
    'Acute medicine',
    'Anaesthetics',
    'Emergency medicine',
    'General practice',
    'Intensive care medicine',
    'Medicine (general and subspecialties)',
    'Obstetrics and gynaecology',
    'Ophthalmology',
    'Paediatrics',
    'Pathology',
    'Psychiatry',
    'Radiology',
    'Surgery (general and subspecialties)',
    'Other',
  ],
  specialtyGroups: {
    'Acute medicine': MEDICAL,
    'Medicine (general and subspecialties)': MEDICAL,
    'Emergency medicine': MEDICAL,
    'Intensive care medicine': MEDICAL,
    Anaesthetics: MEDICAL,
    'Surgery (general and subspecialties)': SURGICAL,
    'Obstetrics and gynaecology': SURGICAL,
    Ophthalmology: SURGICAL,
    Radiology: DIAGNOSTIC,
    Pathology: DIAGNOSTIC,
    'General practice': COMMUNITY,
    Psychiatry: COMMUNITY,
    Paediatrics: COMMUNITY,
  },
  sites: ['Hull Royal Infirmary', 'Castle Hill Hospital', 'Other / multiple sites'],
  pathways: [
    'Specialty training (national recruitment)',
    'Portfolio Pathway (specialist registration)',
    'SAS career progression',
    'General practice training',
    'Undecided / exploring options',
  ],
  undecidedPathway: 'Undecided / exploring options',
  supportAreas: [
    'Exams and assessments',
    'Portfolio and applications',
    'NHS systems and processes',
    'Workplace culture and communication',
    'Wellbeing and work-life balance',
    'Career planning',
    'Clinical skills and confidence',
    'Teaching and leadership',
  ],
  formats: ['In person', 'Virtual', 'Either'],
  inPersonFormat: 'In person',
  eitherFormat: 'Either',
  availability: [
    'Weekday mornings',
    'Weekday lunchtimes',
    'Weekday afternoons',
    'Weekday evenings',
    'Weekends',
  ],
  mentorEligibility: {
    grades: ['SAS doctor', 'Locally employed doctor (LED)', 'Consultant'],
    experiencedGrade: 'Specialty registrar (ST3 or above)',
    minMonthsNhs: 12,
  },
  menteeEligibleGrades: ['Locally employed doctor (LED)'],
  mentorCapacityOptions: [1, 2],
  factorWeights: {
    specialty: 2,
    pathway: 2,
    needs: 2,
    site: 1,
    format: 1,
    availability: 1,
    img_preference: 1,
    seniority: 1,
  },
  alternativesShown: 3,
  meetings: { dueMonths: [1, 3, 6], overdueAfterDays: 14 },
  defaultTargetPairs: 10,
  minAnswersForMeasure: 3,
  minCommitteeCount: 3,
  thresholds: {
    c1Share: 0.7,
    c1MinMeetings: 2,
    c2Share: 0.5,
    c3Share: 0.7,
    c4MaxUnresolved: 0,
    i1MeanChange: 1.0,
    i2Usefulness: 7.0,
    i3MatchSatisfaction: 7.0,
    i4Share: 0.7,
    i4MinRating: 7,
    f1MentorsPerTargetPair: 0.8,
    f2MenteesPerTargetPair: 1,
    f4AdminEase: 6.0,
  },
  aspirationalThresholds: ['C2'],
  recommendations: {
    1: 'Proceed to Cohort 2 with minor refinements',
    2: 'Proceed to Cohort 2 with targeted improvements to matching or programme structure; present pilot findings as early-stage evidence',
    3: 'Run revised Cohort 1b with structural changes before scale-up',
    4: 'Do not scale; full review; identify root causes',
  },
};

/** Maximum points a pair can score: the sum of the weights (11 by default). */
export function maxScore(config: ProtocolConfig): number {
  return FACTOR_KEYS.reduce((sum, key) => sum + config.factorWeights[key], 0);
}
