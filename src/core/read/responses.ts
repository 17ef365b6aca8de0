/**
 * The check-in and end-of-pilot feedback sheets (protocol 3.3–3.5). Every row is kept:
 * linking to pairs and choosing between repeated answers is for later stages.
 */
import type { ProtocolConfig } from '../config';
import {
  CHECK_IN,
  COMMON,
  DOMAINS,
  MEETING_OPTIONS,
  MENTEE_FEEDBACK,
  MENTOR_FEEDBACK,
  SHEETS,
  WILLING_OPTIONS,
} from '../instruments';
import type {
  CheckIn,
  FormResponse,
  ImportIssue,
  MenteeFeedback,
  MentorFeedback,
  RawTables,
} from '../records';
import { readDomainScores, readPrivateScale, readScale } from './scales';
import { sheetRows, type RowReader } from './sheetReader';

const MEETINGS: Record<(typeof MEETING_OPTIONS)[number], CheckIn['meeting']> = {
  'Meeting 1 (month 1)': 1,
  'Meeting 2 (month 3, mid-pilot review)': 2,
  'Meeting 3 (month 6)': 3,
  'Additional meeting': 'additional',
};

/** The fields every response has; the sheet's own fields are assigned onto it (a spread copy would get a hidden class of its own, and slow every later pass over the records). */
function responseOf(reader: RowReader): FormResponse {
  return { row: reader.row, email: reader.email(), timestamp: reader.instant(COMMON.timestamp) };
}

/** A constant list: readers index each option list once, by identity. */
const YES_NO = ['Yes', 'No'];

const CHECK_IN_COLUMNS = [COMMON.timestamp, COMMON.email, ...Object.values(CHECK_IN)];

export function readCheckIns(
  tables: RawTables,
  config: ProtocolConfig,
  issues: ImportIssue[],
): CheckIn[] {
  const sheet = SHEETS.checkIn;
  const formats = config.formats.filter((f) => f !== config.eitherFormat);
  return sheetRows(tables[sheet], sheet, CHECK_IN_COLUMNS, issues).map((reader) => {
    const meeting = reader.option(CHECK_IN.meeting, MEETING_OPTIONS);
    const concern = reader.option(CHECK_IN.concern, YES_NO);
    return Object.assign(responseOf(reader), {
      meeting: meeting === null ? null : MEETINGS[meeting],
      date: reader.date(CHECK_IN.date),
      format: reader.option(CHECK_IN.format, formats),
      goalProgress: [
        readScale(reader, CHECK_IN.goal1),
        readScale(reader, CHECK_IN.goal2),
        readScale(reader, CHECK_IN.goal3),
      ] as CheckIn['goalProgress'],
      safety: readScale(reader, CHECK_IN.safety),
      concern: concern === null ? null : concern === 'Yes',
      concernText: reader.text(CHECK_IN.concernText),
      pulse: readPrivateScale(reader, CHECK_IN.pulse),
      pulseText: reader.text(CHECK_IN.pulseText),
    });
  });
}

const MENTEE_FEEDBACK_COLUMNS = [
  COMMON.timestamp,
  COMMON.email,
  ...DOMAINS.map((d) => d.title),
  ...Object.values(MENTEE_FEEDBACK),
];

export function readMenteeFeedback(tables: RawTables, issues: ImportIssue[]): MenteeFeedback[] {
  const sheet = SHEETS.menteeFeedback;
  return sheetRows(tables[sheet], sheet, MENTEE_FEEDBACK_COLUMNS, issues).map((reader) =>
    Object.assign(responseOf(reader), {
      domains: readDomainScores(reader),
      usefulness: readScale(reader, MENTEE_FEEDBACK.usefulness),
      matchSatisfaction: readScale(reader, MENTEE_FEEDBACK.matchSatisfaction),
      recommend: readScale(reader, MENTEE_FEEDBACK.recommend),
      workedWell: reader.text(MENTEE_FEEDBACK.workedWell),
      improve: reader.text(MENTEE_FEEDBACK.improve),
    }),
  );
}

const MENTOR_FEEDBACK_COLUMNS = [COMMON.timestamp, COMMON.email, ...Object.values(MENTOR_FEEDBACK)];

export function readMentorFeedback(tables: RawTables, issues: ImportIssue[]): MentorFeedback[] {
  const sheet = SHEETS.mentorFeedback;
  return sheetRows(tables[sheet], sheet, MENTOR_FEEDBACK_COLUMNS, issues).map((reader) =>
    Object.assign(responseOf(reader), {
      matchSatisfaction: readScale(reader, MENTOR_FEEDBACK.matchSatisfaction),
      adminEase: readScale(reader, MENTOR_FEEDBACK.adminEase),
      willing: reader.option(MENTOR_FEEDBACK.willing, WILLING_OPTIONS),
      workedWell: reader.text(MENTOR_FEEDBACK.workedWell),
      improve: reader.text(MENTOR_FEEDBACK.improve),
    }),
  );
}
