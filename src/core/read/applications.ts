/** The mentee and mentor application sheets (protocol 3.1, 3.2). */
import type { ProtocolConfig } from '../config';
import { isBlank, quote, readOption } from '../answers';
import {
  COMMON,
  CONSENT_TITLE,
  DOMAINS,
  MENTEE_APPLICATION as MENTEE,
  MENTOR_APPLICATION as MENTOR,
  SHEETS,
} from '../instruments';
import type {
  DomainScores,
  ImportIssue,
  MenteeApplication,
  MentorApplication,
  RawTables,
} from '../records';
import { sheetRows, type RowReader } from './sheetReader';
import { readDomainScores } from './scales';

const YES = 'Yes';
const NO = 'No';
const NO_PREFERENCE = 'No preference';
// Option lists are constants: readers index each list once, by identity.
const YES_NO = [YES, NO];
const YES_NO_PREFERENCE = [YES, NO_PREFERENCE];

/** Only "Yes" gives consent; "No" or an empty answer is no consent without being an issue. */
function consentOf(reader: RowReader): boolean {
  const answer = reader.option(CONSENT_TITLE, YES_NO);
  return answer === YES;
}

function imgOf(reader: RowReader, title: string): boolean | null {
  const answer = reader.option(title, YES_NO);
  return answer === null ? null : answer === YES;
}

function commonOf(reader: RowReader, config: ProtocolConfig) {
  return {
    row: reader.row,
    email: reader.email(),
    timestamp: reader.instant(COMMON.timestamp),
    fullName: reader.text(MENTEE.fullName),
    grade: reader.option(
      MENTEE.grade,
      config.grades.map((g) => g.label),
    ),
    img: imgOf(reader, MENTEE.img),
    specialty: reader.option(MENTEE.specialty, config.specialties),
    site: reader.option(MENTEE.site, config.sites),
    format: reader.option(MENTEE.format, config.formats),
    availability: reader.options(MENTEE.availability, config.availability),
    consent: consentOf(reader),
    superseded: false,
  };
}

const MENTEE_COLUMNS = [
  COMMON.timestamp,
  COMMON.email,
  ...Object.values(MENTEE),
  ...DOMAINS.map((d) => d.title),
];

export function readMenteeApplications(
  tables: RawTables,
  config: ProtocolConfig,
  issues: ImportIssue[],
): MenteeApplication[] {
  const sheet = SHEETS.menteeApplication;
  return sheetRows(tables[sheet], sheet, MENTEE_COLUMNS, issues).map((reader) => {
    const prefers = reader.option(MENTEE.prefersImgMentor, YES_NO_PREFERENCE);
    const goals = [MENTEE.goal1, MENTEE.goal2, MENTEE.goal3]
      .map((title) => reader.text(title))
      .filter((goal) => goal !== '');
    const baseline: DomainScores = readDomainScores(reader);
    // Object.assign, not a spread: copies made by spreading each get a hidden class of their own.
    return Object.assign(commonOf(reader, config), {
      pathway: reader.option(MENTEE.pathway, config.pathways),
      supportAreas: reader.options(MENTEE.supportAreas, config.supportAreas),
      prefersImgMentor: prefers === null ? null : prefers === YES,
      goals,
      baseline,
    });
  });
}

const MENTOR_COLUMNS = [COMMON.timestamp, COMMON.email, ...Object.values(MENTOR)];

/** Capacity: one of the configured options; anything else (empty too) is 1, with an issue. */
function capacityOf(reader: RowReader, options: readonly string[]): number {
  const cell = reader.cell(MENTOR.capacity);
  const answer = readOption(cell, options);
  if (answer.value !== null) return Number(answer.value);
  const given = isBlank(cell) ? 'no answer' : `${quote(cell)} is not one of the options`;
  reader.reportAnswer(MENTOR.capacity, `${given}; taken as 1`);
  return 1;
}

export function readMentorApplications(
  tables: RawTables,
  config: ProtocolConfig,
  issues: ImportIssue[],
): MentorApplication[] {
  const sheet = SHEETS.mentorApplication;
  const advisable = config.pathways.filter((p) => p !== config.undecidedPathway);
  const capacities = config.mentorCapacityOptions.map((n) => String(n));
  return sheetRows(tables[sheet], sheet, MENTOR_COLUMNS, issues).map((reader) =>
    Object.assign(commonOf(reader, config), {
      monthsNhs: reader.wholeNumber(MENTOR.monthsNhs, 0),
      pathways: reader.options(MENTOR.pathways, advisable),
      supportAreas: reader.options(MENTOR.supportAreas, config.supportAreas),
      capacity: capacityOf(reader, capacities),
    }),
  );
}
