/**
 * matches.xlsx: the proposed matches for the Lead and the IMG Tutor to review in Excel —
 * proposals with each factor's points, each mentee's alternatives, the unmatched mentees, the
 * ineligible applicants with the reason, and the import issues that bear on matching. It is
 * the Lead's file: names stand beside emails. No Node API, and no clock read: the same
 * matches always give the same bytes, in Node and in a browser.
 */
import type ExcelJS from 'exceljs';
import {
  DEFAULT_CONFIG,
  FACTOR_KEYS,
  FACTOR_LABELS,
  maxScore,
  type ProtocolConfig,
} from '../core/config';
import type { ImportIssue } from '../core/records';
import type { MatchResult, Proposal } from '../core/results';
import { loadExcel } from './excel';
import { fixZipEntryTimes } from './zipEntryTimes';

export const MATCHES_XLSX_FILE = 'matches.xlsx';

export const MATCHES_SHEETS = {
  proposals: 'Proposals',
  alternatives: 'Alternatives',
  unmatched: 'Unmatched',
  ineligible: 'Ineligible',
  issues: 'Import issues',
} as const;

export interface MatchesWorkbookInput {
  result: MatchResult;
  /** Applicants' names by email (the latest application's `Full name`). */
  names?: ReadonlyMap<string, string>;
  /** The import issues to show beside the matches. */
  issues?: readonly ImportIssue[];
  config?: ProtocolConfig;
}

/** The workbook's own dates and the zip entries' times: fixed, so bytes repeat. */
const WORKBOOK_DATE = new Date('2000-01-01T00:00:00Z');
const POINTS = '0.00';
const HEADER_FILL = 'FFE8EDEE';

interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

function tableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Column[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  return sheet;
}

const byText = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

function proposalsSheet(workbook: ExcelJS.Workbook, input: Required<MatchesWorkbookInput>): void {
  const { result, config } = input;
  const nameOf = (email: string): string => input.names.get(email) ?? '';
  const columns: Column[] = [
    { header: 'Mentee', width: 24 },
    { header: 'Mentee email', width: 30 },
    { header: 'Mentor', width: 24 },
    { header: 'Mentor email', width: 30 },
    { header: `Score (of ${maxScore(config)})`, width: 10, numFmt: POINTS },
    { header: 'Per cent', width: 9, numFmt: '0%' },
    { header: 'Already confirmed', width: 11 },
    ...FACTOR_KEYS.map((key) => ({
      header: `${FACTOR_LABELS[key]} (of ${config.factorWeights[key]})`,
      width: 13,
      numFmt: POINTS,
    })),
    { header: 'Next-best mentors', width: 60 },
  ];
  const sheet = tableSheet(workbook, MATCHES_SHEETS.proposals, columns);
  for (const p of sortedProposals(result.proposals, nameOf)) {
    sheet.addRow([
      nameOf(p.mentee) || null,
      p.mentee,
      nameOf(p.mentor) || null,
      p.mentor,
      p.score,
      p.percent / 100,
      p.confirmed ? 'Yes' : 'No',
      ...FACTOR_KEYS.map((key) => p.factors[key]),
      p.alternatives
        .map((a) => `${nameOf(a.mentor) || a.mentor} (${a.score.toFixed(2)})`)
        .join('; '),
    ]);
  }
  const total = sheet.addRow(['Total match score', null, null, null, result.totalScore]);
  total.font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function sortedProposals(
  proposals: readonly Proposal[],
  nameOf: (e: string) => string,
): Proposal[] {
  return [...proposals].sort(
    (a, b) =>
      Number(a.confirmed) - Number(b.confirmed) ||
      byText.compare(nameOf(a.mentee) || a.mentee, nameOf(b.mentee) || b.mentee) ||
      byText.compare(a.mentee, b.mentee),
  );
}

function alternativesSheet(
  workbook: ExcelJS.Workbook,
  input: Required<MatchesWorkbookInput>,
): void {
  const nameOf = (email: string): string => input.names.get(email) ?? '';
  const sheet = tableSheet(workbook, MATCHES_SHEETS.alternatives, [
    { header: 'Mentee', width: 24 },
    { header: 'Mentee email', width: 30 },
    { header: 'Rank', width: 6 },
    { header: 'Mentor', width: 24 },
    { header: 'Mentor email', width: 30 },
    { header: 'Score', width: 9, numFmt: POINTS },
    { header: 'Points below the proposal', width: 12, numFmt: POINTS },
    { header: 'Has a free place', width: 10 },
    { header: 'Why the proposal stands', width: 70 },
  ]);
  for (const p of sortedProposals(input.result.proposals, nameOf)) {
    p.alternatives.forEach((a, i) => {
      sheet.addRow([
        nameOf(p.mentee) || null,
        p.mentee,
        i + 1,
        nameOf(a.mentor) || null,
        a.mentor,
        a.score,
        p.score - a.score,
        a.freePlace === undefined ? null : a.freePlace ? 'Yes' : 'No',
        a.why ?? null,
      ]);
    });
  }
}

function peopleSheets(workbook: ExcelJS.Workbook, input: Required<MatchesWorkbookInput>): void {
  const nameOf = (email: string): string => input.names.get(email) ?? '';
  const byPerson = (a: string, b: string): number =>
    byText.compare(nameOf(a) || a, nameOf(b) || b) || byText.compare(a, b);
  const unmatched = tableSheet(workbook, MATCHES_SHEETS.unmatched, [
    { header: 'Mentee', width: 24 },
    { header: 'Mentee email', width: 30 },
  ]);
  for (const email of [...input.result.unmatched].sort(byPerson))
    unmatched.addRow([nameOf(email) || null, email]);
  const ineligible = tableSheet(workbook, MATCHES_SHEETS.ineligible, [
    { header: 'Name', width: 24 },
    { header: 'Email', width: 30 },
    { header: 'Applied as', width: 11 },
    { header: 'Reason', width: 70 },
  ]);
  const rows = [...input.result.ineligible].sort(
    (a, b) => a.role.localeCompare(b.role) || byPerson(a.email, b.email),
  );
  for (const i of rows) ineligible.addRow([nameOf(i.email) || null, i.email, i.role, i.reason]);
}

function issuesSheet(workbook: ExcelJS.Workbook, issues: readonly ImportIssue[]): void {
  const sheet = tableSheet(workbook, MATCHES_SHEETS.issues, [
    { header: 'Sheet', width: 22 },
    { header: 'Row', width: 6 },
    { header: 'Problem', width: 90 },
  ]);
  for (const issue of issues) sheet.addRow([issue.sheet, issue.row, issue.problem]);
  sheet.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
}

export async function buildMatchesWorkbook(input: MatchesWorkbookInput): Promise<ExcelJS.Workbook> {
  const full: Required<MatchesWorkbookInput> = {
    result: input.result,
    names: input.names ?? new Map(),
    issues: input.issues ?? [],
    config: input.config ?? DEFAULT_CONFIG,
  };
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = workbook.lastModifiedBy = 'Dyad';
  workbook.title = 'Proposed mentor matches';
  workbook.created = workbook.modified = WORKBOOK_DATE;
  proposalsSheet(workbook, full);
  alternativesSheet(workbook, full);
  peopleSheets(workbook, full);
  issuesSheet(workbook, full.issues);
  return workbook;
}

/** matches.xlsx as bytes: the same matches always give the same bytes. */
export async function matchesXlsxBytes(input: MatchesWorkbookInput): Promise<Uint8Array> {
  const buffer = await (await buildMatchesWorkbook(input)).xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer.byteLength);
  bytes.set(new Uint8Array(buffer as ArrayBuffer));
  return fixZipEntryTimes(bytes, WORKBOOK_DATE);
}
