/** Raw sheets as an export holds them, for tests that go through `readProgramme`. */
import {
  CHECK_IN,
  CONSENT_TITLE,
  DOMAINS,
  ESCALATIONS,
  MENTEE_APPLICATION as MENTEE,
  MENTEE_FEEDBACK,
  MENTOR_APPLICATION as MENTOR,
  MENTOR_FEEDBACK,
  PAIRS,
  type SheetName,
} from '../../src/core/instruments';
import type { Cell, RawTable, RawTables } from '../../src/core/records';

export type Row = Record<string, Cell>;

/** A sheet whose header is every title used by its rows, in first-seen order. */
export function table(sheet: SheetName, rows: Row[]): RawTable {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return { sheet, header, rows: rows.map((row) => header.map((title) => row[title] ?? null)) };
}

export function tables(...list: RawTable[]): RawTables {
  const raw: RawTables = {};
  for (const t of list) raw[t.sheet] = t;
  return raw;
}

export function menteeRow(email: string, over: Row = {}): Row {
  return {
    Timestamp: '01/01/2026 09:00:00',
    'Email address': email,
    [MENTEE.fullName]: `Mentee ${email}`,
    [MENTEE.grade]: 'Locally employed doctor (LED)',
    [MENTEE.img]: 'Yes',
    [MENTEE.specialty]: 'Acute medicine',
    [MENTEE.site]: 'Hull Royal Infirmary',
    [MENTEE.pathway]: 'Portfolio Pathway (specialist registration)',
    [MENTEE.supportAreas]: 'Exams and assessments',
    [MENTEE.format]: 'Virtual',
    [MENTEE.availability]: 'Weekends',
    [MENTEE.prefersImgMentor]: 'No preference',
    [MENTEE.goal1]: 'Pass MRCP',
    [MENTEE.goal2]: null,
    [MENTEE.goal3]: null,
    ...Object.fromEntries(DOMAINS.map((d) => [d.title, 4])),
    [CONSENT_TITLE]: 'Yes',
    ...over,
  };
}

export function mentorRow(email: string, over: Row = {}): Row {
  return {
    Timestamp: '02/01/2026 10:00:00',
    'Email address': email,
    [MENTOR.fullName]: `Mentor ${email}`,
    [MENTOR.grade]: 'Consultant',
    [MENTOR.monthsNhs]: '60',
    [MENTOR.img]: 'Yes',
    [MENTOR.specialty]: 'Acute medicine',
    [MENTOR.site]: 'Hull Royal Infirmary',
    [MENTOR.pathways]: 'Portfolio Pathway (specialist registration)',
    [MENTOR.supportAreas]: 'Exams and assessments',
    [MENTOR.format]: 'Either',
    [MENTOR.availability]: 'Weekends',
    [MENTOR.capacity]: '1',
    [CONSENT_TITLE]: 'Yes',
    ...over,
  };
}

export function pairRow(id: string, mentee: string, mentor: string, over: Row = {}): Row {
  return {
    [PAIRS.pairId]: id,
    [PAIRS.menteeEmail]: mentee,
    [PAIRS.mentorEmail]: mentor,
    [PAIRS.matchScore]: '9',
    [PAIRS.confirmedByLead]: 'TRUE',
    [PAIRS.confirmedByTutor]: 'TRUE',
    [PAIRS.rationale]: 'Same specialty',
    [PAIRS.status]: 'Active',
    [PAIRS.withdrawalDate]: null,
    [PAIRS.withdrawalReason]: null,
    [PAIRS.beyondControl]: null,
    ...over,
  };
}

const MEETINGS = [
  'Meeting 1 (month 1)',
  'Meeting 2 (month 3, mid-pilot review)',
  'Meeting 3 (month 6)',
];

export function checkInRow(email: string, meeting: 1 | 2 | 3, over: Row = {}): Row {
  const date = ['2026-02-10', '2026-04-10', '2026-07-01'][meeting - 1];
  return {
    Timestamp: `${date} 18:00:00`,
    'Email address': email,
    [CHECK_IN.meeting]: MEETINGS[meeting - 1],
    [CHECK_IN.date]: date,
    [CHECK_IN.format]: 'Virtual',
    [CHECK_IN.goal1]: '5',
    [CHECK_IN.goal2]: null,
    [CHECK_IN.goal3]: null,
    [CHECK_IN.safety]: '6',
    [CHECK_IN.concern]: 'No',
    [CHECK_IN.concernText]: null,
    [CHECK_IN.pulse]: null,
    [CHECK_IN.pulseText]: null,
    ...over,
  };
}

export function menteeFeedbackRow(email: string, over: Row = {}): Row {
  return {
    Timestamp: '2026-07-20 12:00:00',
    'Email address': email,
    ...Object.fromEntries(DOMAINS.map((d) => [d.title, 6])),
    [MENTEE_FEEDBACK.usefulness]: '8',
    [MENTEE_FEEDBACK.matchSatisfaction]: '8',
    [MENTEE_FEEDBACK.recommend]: '8',
    [MENTEE_FEEDBACK.workedWell]: null,
    [MENTEE_FEEDBACK.improve]: null,
    ...over,
  };
}

export function mentorFeedbackRow(email: string, over: Row = {}): Row {
  return {
    Timestamp: '2026-07-21 12:00:00',
    'Email address': email,
    [MENTOR_FEEDBACK.matchSatisfaction]: '8',
    [MENTOR_FEEDBACK.adminEase]: '7',
    [MENTOR_FEEDBACK.willing]: 'Yes',
    [MENTOR_FEEDBACK.workedWell]: null,
    [MENTOR_FEEDBACK.improve]: null,
    ...over,
  };
}

export function escalationRow(id: string, pairId: string, over: Row = {}): Row {
  return {
    [ESCALATIONS.id]: id,
    [ESCALATIONS.raisedOn]: '2026-03-01',
    [ESCALATIONS.pairId]: pairId,
    [ESCALATIONS.source]: 'Check-in',
    [ESCALATIONS.status]: 'Resolved',
    [ESCALATIONS.resolvedOn]: '2026-03-05',
    [ESCALATIONS.channel]: 'Guardian of safe working',
    [ESCALATIONS.action]: 'Rota reviewed',
    ...over,
  };
}

export function programmeRows(settings: Record<string, string>): Row[] {
  return Object.entries(settings).map(([Setting, Value]) => ({ Setting, Value }));
}

/** The pilot dates every test cohort runs on unless it says otherwise. */
export const PILOT = { 'Pilot start date': '2026-01-12', 'Pilot end date': '2026-07-12' };
