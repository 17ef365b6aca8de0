/** Typed records for engine tests: sensible defaults, overridden where a test cares. */
import { DOMAIN_KEYS, type DomainKey } from '../../src/core/instruments';
import type {
  CheckIn,
  DomainScores,
  EscalationRecord,
  MeetingNumber,
  MenteeApplication,
  MenteeFeedback,
  MentorApplication,
  MentorFeedback,
  PairRecord,
  ProgrammeRecords,
  ProgrammeSettings,
} from '../../src/core/records';

let row = 2;
const nextRow = () => row++;

export function scores(value: number | ((key: DomainKey, i: number) => number)): DomainScores {
  return Object.fromEntries(
    DOMAIN_KEYS.map((k, i) => [k, typeof value === 'number' ? value : value(k, i)]),
  );
}

/** What every application carries: a consenting doctor in acute medicine at Hull Royal Infirmary. */
function application(email: string, fullName: string, grade: string) {
  return {
    row: nextRow(),
    email,
    timestamp: null,
    fullName,
    grade,
    img: true,
    specialty: 'Acute medicine',
    site: 'Hull Royal Infirmary',
    format: 'Either',
    availability: ['Weekday evenings'],
    supportAreas: ['Exams and assessments'],
    consent: true,
    superseded: false,
  };
}

export function mentee(email: string, over: Partial<MenteeApplication> = {}): MenteeApplication {
  return {
    ...application(email, `Mentee ${email}`, 'Core trainee (CT1–CT3 / ST1–ST2)'),
    pathway: 'Specialty training (national recruitment)',
    prefersImgMentor: false,
    goals: ['Pass MRCP'],
    baseline: scores(4),
    ...over,
  };
}

export function mentor(email: string, over: Partial<MentorApplication> = {}): MentorApplication {
  return {
    ...application(email, `Mentor ${email}`, 'Consultant'),
    monthsNhs: 60,
    pathways: ['Specialty training (national recruitment)'],
    capacity: 1,
    ...over,
  };
}

export function pair(
  id: string,
  menteeEmail: string,
  mentorEmail: string,
  over: Partial<PairRecord> = {},
): PairRecord {
  return {
    row: nextRow(),
    pairId: id,
    menteeEmail,
    mentorEmail,
    matchScore: null,
    confirmedByLead: true,
    confirmedByTutor: true,
    rationale: 'Shared specialty and pathway',
    status: 'Active',
    withdrawalDate: null,
    withdrawalReason: '',
    beyondControl: null,
    ...over,
  };
}

export function checkIn(
  email: string,
  meeting: MeetingNumber | 'additional',
  over: Partial<CheckIn> = {},
): CheckIn {
  return {
    row: nextRow(),
    email,
    timestamp: null,
    meeting,
    date: null,
    format: 'Virtual',
    goalProgress: [5, null, null],
    safety: 6,
    concern: false,
    concernText: '',
    pulse: null,
    pulseText: '',
    ...over,
  };
}

export function menteeFeedback(email: string, over: Partial<MenteeFeedback> = {}): MenteeFeedback {
  return {
    row: nextRow(),
    email,
    timestamp: null,
    domains: scores(6),
    usefulness: 8,
    matchSatisfaction: 8,
    recommend: 8,
    workedWell: 'Honest conversations',
    improve: 'More time',
    ...over,
  };
}

export function mentorFeedback(email: string, over: Partial<MentorFeedback> = {}): MentorFeedback {
  return {
    row: nextRow(),
    email,
    timestamp: null,
    matchSatisfaction: 8,
    adminEase: 7,
    willing: 'Yes',
    workedWell: 'Clear forms',
    improve: 'Fewer emails',
    ...over,
  };
}

export function escalation(
  id: string,
  pairId: string,
  over: Partial<EscalationRecord> = {},
): EscalationRecord {
  return {
    row: nextRow(),
    id,
    raisedOn: '2026-03-01',
    pairId,
    source: 'Check-in',
    status: 'Resolved',
    resolvedOn: '2026-03-05',
    channel: 'Guardian of safe working',
    action: 'Rota reviewed',
    ...over,
  };
}

export function settings(over: Partial<ProgrammeSettings> = {}): ProgrammeSettings {
  return {
    targetPairs: 10,
    pilotStart: '2026-01-12',
    pilotEnd: '2026-07-12',
    adminBurdenEscalated: false,
    committeeDecision: '',
    committeeDecisionDate: null,
    leads: ['lead@nhs.example'],
    tutor: 'tutor@nhs.example',
    committeeMembers: [],
    ...over,
  };
}

export function records(over: Partial<ProgrammeRecords> = {}): ProgrammeRecords {
  return {
    menteeApplications: [],
    mentorApplications: [],
    checkIns: [],
    menteeFeedback: [],
    mentorFeedback: [],
    pairs: [],
    escalations: [],
    programme: settings(),
    ...over,
  };
}

/**
 * A pilot whose every threshold is met: `n` confirmed pairs that held all three meetings,
 * feedback from everyone, baseline 4 and end 6 in every domain. Tests take it apart.
 */
export function successfulPilot(n = 10): ProgrammeRecords {
  const ids = Array.from({ length: n }, (_, i) => i + 1);
  const menteeEmail = (i: number) => `mentee${i}@nhs.example`;
  const mentorEmail = (i: number) => `mentor${i}@nhs.example`;
  return records({
    menteeApplications: ids.map((i) => mentee(menteeEmail(i))),
    mentorApplications: ids.map((i) => mentor(mentorEmail(i))),
    pairs: ids.map((i) => pair(`P${String(i).padStart(2, '0')}`, menteeEmail(i), mentorEmail(i))),
    checkIns: ids.flatMap((i) => ([1, 2, 3] as const).map((m) => checkIn(menteeEmail(i), m))),
    menteeFeedback: ids.map((i) => menteeFeedback(menteeEmail(i))),
    mentorFeedback: ids.map((i) => mentorFeedback(mentorEmail(i))),
  });
}
