/**
 * Reading the programme's sheets into typed records (protocol sections 2, 3 and 11).
 *
 * Bad data never throws and never loses a row: an answer that cannot be read becomes an
 * import issue (sheet, spreadsheet row, problem) and counts as missing. A missing sheet has no
 * rows; a fully blank row is spacing and is skipped without an issue. Linking check-ins and
 * feedback to pairs, choosing between repeated check-ins, and eligibility are later stages.
 */
import { consistencyIssues } from './consistency';
import { latestApplications } from './supersede';
import { DEFAULT_CONFIG, type ProtocolConfig } from './config';
import { SHEET_NAMES, SHEETS } from './instruments';
import type {
  ImportIssue,
  MenteeApplication,
  MentorApplication,
  ProgrammeRecords,
  ProgrammeRowUse,
  RawTables,
  ReadAccount,
  ReadResult,
} from './records';
import { isBlank } from './answers';
import { readMenteeApplications, readMentorApplications } from './read/applications';
import { readEscalations, readPairs, readProgrammeSettings } from './read/leadSheets';
import { readCheckIns, readMenteeFeedback, readMentorFeedback } from './read/responses';

export function readProgramme(
  tables: RawTables,
  config: ProtocolConfig = DEFAULT_CONFIG,
): ReadResult {
  const issues: ImportIssue[] = [];
  const menteeApplications = readMenteeApplications(tables, config, issues);
  markSuperseded(menteeApplications, SHEETS.menteeApplication, issues);
  const mentorApplications = readMentorApplications(tables, config, issues);
  markSuperseded(mentorApplications, SHEETS.mentorApplication, issues);
  const programmeRows: ProgrammeRowUse[] = [];
  const records: ProgrammeRecords = {
    menteeApplications,
    mentorApplications,
    checkIns: readCheckIns(tables, config, issues),
    menteeFeedback: readMenteeFeedback(tables, issues),
    mentorFeedback: readMentorFeedback(tables, issues),
    pairs: readPairs(tables, issues),
    escalations: readEscalations(tables, issues),
    programme: readProgrammeSettings(tables, config, issues, programmeRows),
    read: { sheets: sheetsRead(tables), programmeRows },
  };
  issues.push(...consistencyIssues(records));
  return { records, issues };
}

/** How many data rows each sheet held, and which were fully blank (spacing, no issue). */
function sheetsRead(tables: RawTables): ReadAccount['sheets'] {
  const sheets: ReadAccount['sheets'] = {};
  for (const name of SHEET_NAMES) {
    const table = tables[name];
    if (table === undefined) continue;
    const blankRows: number[] = [];
    table.rows.forEach((cells, i) => {
      if (cells.every((cell) => isBlank(cell))) blankRows.push(i + 2);
    });
    sheets[name] = { rows: table.rows.length, blankRows };
  }
  return sheets;
}

/** Every application but the latest from each email is marked superseded, with one issue each. */
function markSuperseded(
  applications: (MenteeApplication | MentorApplication)[],
  sheet: string,
  issues: ImportIssue[],
): void {
  const latest = latestApplications(applications);
  for (const application of applications) {
    const winner = latest.get(application.email);
    if (winner === undefined || winner === application) continue;
    application.superseded = true;
    issues.push({
      sheet,
      row: application.row,
      problem: `superseded by the application in row ${winner.row}`,
    });
  }
}
