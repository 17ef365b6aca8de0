/**
 * Reading exports of any kind into the programme's raw tables: CSV files (Google Forms'
 * download, the response sheets, the Lead's sheets), `.xlsx` workbooks (the programme
 * spreadsheet downloaded whole, one workbook per Microsoft Form, the Lead's own workbook), in
 * any mix. Each CSV file and each worksheet is recognised by what it holds (see `recognise`).
 * Nothing is left out without a word: every file or sheet not used, every broken line, merged
 * cell or formula without a result is an issue. No Node API: the browser page uses this too.
 */
import { readInstant } from '../core/answers';
import { COMMON, SHEET_NAMES, type SheetName } from '../core/instruments';
import type { Cell, ImportIssue, RawTable, RawTables } from '../core/records';
import { parseCsv } from './csv';
import { fromMicrosoftForms, isMicrosoftFormsExport, RECORD_EMAIL_SETTING } from './microsoftForms';
import { isExactName, isOwnSheet, recognise, type KnownSheet } from './recognise';
import { decodeText } from './text';
import {
  PROTOCOL_SHEET_NAMES,
  type ExportRead,
  type InputFile,
  type ProtocolSheetName,
  type SheetSource,
  type SourceFormat,
} from './types';
import { readWorkbookBytes, UnreadableWorkbook } from './workbook';

/** Where the whole input's issues are filed (no one file is at fault). */
export const INPUT_SHEET = 'input';

/** One CSV file or worksheet on its way to becoming a table. */
interface Candidate {
  source: SheetSource;
  grid: Cell[][];
  /** Problems met reading it, with their spreadsheet row, said as "line 5: …" or "cell B3 …". */
  problems: { row: number; problem: string }[];
  /** The name it is recognised by: the file's for a CSV, the worksheet's in a workbook. */
  hint: string;
  latest: number | null;
  /** Position in the order read, for the last tie-break between two candidates. */
  order: number;
  /** Spreadsheet rows of a Microsoft Forms export whose email was not recorded. */
  anonymousRows: number[];
  /** Responses in a Microsoft Forms export, anonymous ones included. */
  responses: number;
}

const FORM_LABELS: Record<SheetName, string> = {
  'mentee-application': 'mentee application',
  'mentor-application': 'mentor application',
  'check-in': 'meeting check-in',
  'mentee-feedback': 'mentee end-of-pilot feedback',
  'mentor-feedback': 'mentor end-of-pilot feedback',
  pairs: 'pairs',
  escalations: 'escalations',
  programme: 'programme settings',
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

function where(source: SheetSource): string {
  return source.worksheet === null
    ? `"${source.file}"`
    : `sheet "${source.worksheet}" of "${source.file}"`;
}

function dataRows(grid: readonly Cell[][]): number {
  let rows = grid.length - 1;
  while (rows > 0 && grid[rows].every((cell) => cell === null)) rows--;
  return Math.max(0, rows);
}

function candidate(
  file: string,
  worksheet: string | null,
  format: SourceFormat,
  grid: Cell[][],
  problems: Candidate['problems'],
): Candidate {
  return {
    source: { file, worksheet, format, sheet: null, rows: dataRows(grid), used: false, note: '' },
    grid,
    problems,
    hint: worksheet ?? file,
    latest: null,
    order: 0,
    anonymousRows: [],
    responses: 0,
  };
}

interface FileRead {
  found: Candidate[];
  /** True when the file could not be opened at all. */
  unreadable: boolean;
}

async function workbookCandidates(file: InputFile): Promise<Candidate[]> {
  const sheets = await readWorkbookBytes(file.bytes);
  return sheets.map((sheet) =>
    candidate(file.name, sheet.name, 'xlsx', sheet.rows, sheet.problems),
  );
}

async function candidatesOf(file: InputFile, issues: ImportIssue[]): Promise<FileRead> {
  const extension = extensionOf(file.name);
  const leftOut = (problem: string, unreadable = false): FileRead => {
    issues.push({ sheet: file.name, row: 0, problem });
    return { found: [], unreadable };
  };
  if (file.name.startsWith('~$')) {
    return leftOut(
      'a lock file Excel leaves while a workbook is open; close the workbook; left out',
    );
  }
  if (extension === '.csv') {
    const decoded = decodeText(file.bytes);
    if (decoded.note !== undefined)
      issues.push({ sheet: file.name, row: 0, problem: decoded.note });
    const { rows, problems } = parseCsv(decoded.text);
    return { found: [candidate(file.name, null, 'csv', rows, problems)], unreadable: false };
  }
  if (extension === '.xlsx' || extension === '.xlsm') {
    try {
      return { found: await workbookCandidates(file), unreadable: false };
    } catch (error) {
      const why = error instanceof UnreadableWorkbook ? error.message : firstLine(error);
      return leftOut(`cannot be read as an Excel workbook: ${why}; left out`, true);
    }
  }
  if (extension === '.xls') {
    return leftOut(
      'an old .xls workbook; save it as an .xlsx workbook (File → Save As) and read it again; left out',
    );
  }
  return leftOut('not a CSV file or an .xlsx workbook; left out');
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\r?\n/)[0].trim() || 'unknown error';
}

/** A Microsoft Forms export put in the response sheet's shape, its unrecorded emails listed. */
function fromMicrosoft(found: Candidate): void {
  if (!isMicrosoftFormsExport(found.grid)) return;
  const responses = dataRows(found.grid);
  const { grid, anonymousRows } = fromMicrosoftForms(found.grid);
  found.grid = grid;
  found.source.format = 'microsoft-forms';
  found.source.rows = dataRows(grid);
  found.anonymousRows = anonymousRows;
  found.responses = responses;
}

function latestTimestamp(grid: readonly Cell[][]): number | null {
  const column = (grid[0] ?? []).findIndex((cell) => cell === COMMON.timestamp);
  if (column < 0) return null;
  let latest: number | null = null;
  for (const row of grid.slice(1)) {
    const instant = readInstant(row[column] ?? null).value;
    if (instant !== null && (latest === null || instant > latest)) latest = instant;
  }
  return latest;
}

function stampText(instant: number): string {
  return new Date(instant).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * Why `a` is preferred to `b` for the same sheet, or null when `b` is: the newer export (its
 * latest timestamp later), then the one with more rows, then the one named exactly after the
 * sheet, then the one read first.
 */
function preference(a: Candidate, b: Candidate, sheet: KnownSheet): string | null {
  if (a.latest !== null && b.latest !== null && a.latest !== b.latest) {
    return a.latest > b.latest
      ? `its latest answer (${stampText(a.latest)}) is later than the other's (${stampText(b.latest)}), so it is the newer export`
      : null;
  }
  if (a.source.rows !== b.source.rows) {
    return a.source.rows > b.source.rows
      ? `it has more rows (${a.source.rows} against ${b.source.rows})`
      : null;
  }
  const exactA = isExactName(a.hint, sheet);
  if (exactA !== isExactName(b.hint, sheet)) {
    return exactA ? `it is named exactly "${sheet}"` : null;
  }
  return a.order < b.order ? 'the two hold as many rows and it came first in name order' : null;
}

function choose(group: Candidate[], sheet: KnownSheet, issues: ImportIssue[]): Candidate {
  const chosen = group.reduce((best, other) =>
    preference(other, best, sheet) === null ? best : other,
  );
  for (const other of group) {
    if (other === chosen) continue;
    const why = preference(chosen, other, sheet) ?? '';
    other.source.note = `also holds "${sheet}"; ${where(chosen.source)} was used instead`;
    issues.push({
      sheet: other.source.file,
      row: 0,
      problem: `${where(other.source)} also holds "${sheet}"; ${where(chosen.source)} was used because ${why}, and this one was left out (keep one of the two)`,
    });
  }
  return chosen;
}

function toTable(sheet: SheetName, grid: readonly Cell[][]): RawTable {
  const [header = [], ...rows] = grid;
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === null)) rows.pop();
  return { sheet, header: header.map((cell) => headerText(cell)), rows };
}

function headerText(cell: Cell): string {
  if (cell === null) return '';
  return cell instanceof Date ? cell.toISOString() : String(cell).trim();
}

function isProtocolSheet(sheet: KnownSheet): sheet is ProtocolSheetName {
  return (PROTOCOL_SHEET_NAMES as readonly string[]).includes(sheet);
}

function refuseAnonymous(found: Candidate, issues: ImportIssue[]): void {
  const rows = found.anonymousRows;
  if (rows.length === 0) return;
  const sheet = found.source.sheet ?? found.source.file;
  const form =
    found.source.sheet !== null && !isProtocolSheet(found.source.sheet)
      ? `the ${FORM_LABELS[found.source.sheet]} form`
      : 'this form';
  const n = rows.length;
  const which =
    n === found.responses
      ? `none of the ${n} response${n === 1 ? '' : 's'} of ${form} has a recorded email`
      : `${n} of the ${found.responses} responses of ${form} ${n === 1 ? 'has' : 'have'} no recorded email`;
  issues.push({
    sheet,
    row: 0,
    problem: `${where(found.source)}: ${which}, so ${n === 1 ? 'it was' : 'they were'} not read (Dyad never guesses who answered). ${RECORD_EMAIL_SETTING}; then ask for those answers again`,
  });
  for (const row of rows) {
    issues.push({
      sheet,
      row,
      problem:
        'response not read: the form did not record who answered (email empty or "anonymous")',
    });
  }
}

/** Recognises one candidate, or says why it is not read; answers the sheet it holds. */
function recogniseCandidate(found: Candidate, issues: ImportIssue[]): KnownSheet | null {
  fromMicrosoft(found);
  if (found.grid.length === 0 && found.source.worksheet !== null) {
    found.source.note = 'empty sheet';
    return null;
  }
  if (isOwnSheet(found.hint)) {
    found.source.note = 'a sheet Dyad writes for people to read; not data';
    return null;
  }
  const recognition = recognise(found.hint, found.grid);
  found.source.note = recognition.note;
  found.source.sheet = recognition.sheet;
  const fileIssue = (problem: string): void => {
    issues.push({ sheet: found.source.file, row: 0, problem });
  };
  if (recognition.sheet === null) {
    fileIssue(
      `${where(found.source)} was not recognised (${recognition.note}); left out. A programme sheet is recognised by its question titles (protocol section 3) or by its name`,
    );
    return null;
  }
  if (recognition.conflict !== undefined) {
    fileIssue(`${where(found.source)}: ${recognition.conflict}`);
  }
  found.latest = latestTimestamp(found.grid);
  return recognition.sheet;
}

/** The issue about the input as a whole, when nothing in it could be read. */
function nothingReadIssue(files: number, readSomething: boolean): ImportIssue | null {
  if (files === 0) {
    return {
      sheet: INPUT_SHEET,
      row: 0,
      problem: 'no files were given, so there is nothing to read',
    };
  }
  if (readSomething) return null;
  return {
    sheet: INPUT_SHEET,
    row: 0,
    problem: `none of the ${files} file${files === 1 ? '' : 's'} given holds a programme sheet (a form's responses, pairs, escalations or programme), so there is nothing to evaluate: check that this is the folder of exports`,
  };
}

/**
 * Reads the files into the programme's raw tables. Never throws on bad content: an unreadable
 * file, an unrecognised sheet, a broken line are issues.
 */
export async function readExports(files: readonly InputFile[]): Promise<ExportRead> {
  const issues: ImportIssue[] = [];
  const unreadable: string[] = [];
  const candidates: Candidate[] = [];
  for (const file of files) {
    const read = await candidatesOf(file, issues);
    if (read.unreadable) unreadable.push(file.name);
    candidates.push(...read.found);
  }
  const bySheet = new Map<KnownSheet, Candidate[]>();
  candidates.forEach((found, order) => {
    found.order = order;
    const sheet = recogniseCandidate(found, issues);
    if (sheet !== null) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), found]);
  });
  const tables: RawTables = {};
  const protocolSheets: ExportRead['protocolSheets'] = {};
  for (const sheet of [...SHEET_NAMES, ...PROTOCOL_SHEET_NAMES]) {
    const group = bySheet.get(sheet);
    if (group === undefined) continue;
    const chosen = choose(group, sheet, issues);
    chosen.source.used = true;
    if (isProtocolSheet(sheet)) protocolSheets[sheet] = chosen.grid;
    else tables[sheet] = toTable(sheet, chosen.grid);
    refuseAnonymous(chosen, issues);
    for (const { row, problem } of chosen.problems) {
      issues.push({ sheet, row, problem: `${where(chosen.source)}, ${problem}` });
    }
  }
  const nothingRead = nothingReadIssue(files.length, bySheet.size > 0);
  if (nothingRead !== null) issues.push(nothingRead);
  return { tables, protocolSheets, sources: candidates.map((c) => c.source), unreadable, issues };
}
