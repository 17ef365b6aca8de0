/**
 * Batched sheet reads and writes. Every read is one getValues over the data range and every
 * write one setValues, so the number of spreadsheet calls does not grow with the cohort.
 * Every answer is written as plain text, protected so that Sheets never turns it into a formula.
 */
import { matchKey } from '../../core/answers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type SheetValue = string | number | boolean | Date;

export interface SheetContents {
  header: string[];
  /** rows[i] is spreadsheet row i + 2. */
  rows: SheetValue[][];
}

export const PLAIN_TEXT_FORMAT = '@';

/**
 * Sheets parses what a script writes as if it were typed: "=HYPERLINK(…)", "+cmd", "-1+1" and
 * "@x" would become formulas even in a plain-text cell. A leading apostrophe makes Sheets keep
 * the text as it is (the apostrophe itself is not stored).
 */
export function protectText(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

/** Undoes protectText should a spreadsheet ever hand the apostrophe back. */
export function unprotectText(text: string): string {
  return /^'[=+\-@']/.test(text) ? text.slice(1) : text;
}

export function readSheet(sheet: Sheet): SheetContents {
  const values = sheet.getDataRange().getValues() as SheetValue[][];
  if (values.length === 0) return { header: [], rows: [] };
  const header = values[0].map((cell) => String(cell).trim());
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const rows = values
    .slice(1)
    .map((row) =>
      row
        .slice(0, header.length)
        .map((cell) => (typeof cell === 'string' ? unprotectText(cell) : cell)),
    );
  return { header, rows };
}

/** Column position (0-based) of a title, matched case- and whitespace-insensitively; -1 if absent. */
export function columnOf(header: readonly string[], title: string): number {
  const key = matchKey(title);
  return header.findIndex((cell) => matchKey(cell) === key);
}

/** A row as text, laid out along `header`, from answers keyed by title. */
export function rowFromAnswers(
  header: readonly string[],
  answers: Record<string, string>,
): string[] {
  const row = header.map(() => '');
  for (const [title, value] of Object.entries(answers)) {
    const column = columnOf(header, title);
    if (column >= 0) row[column] = value;
  }
  return row;
}

/** Text is protected; numbers, booleans (checkboxes) and dates are written as they are. */
function storedCell(value: SheetValue | null | undefined): SheetValue {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? protectText(value) : value;
}

function textGrid(
  rows: readonly (readonly (SheetValue | null)[])[],
  width: number,
): SheetValue[][] {
  return rows.map((row) => {
    const cells = row.slice(0, width).map(storedCell);
    while (cells.length < width) cells.push('');
    return cells;
  });
}

/**
 * Grows the sheet's grid to hold `rows` × `columns`. A new sheet is 1000 × 26 and Sheets refuses
 * any range outside the grid ("The coordinates of the range are outside the dimensions of the
 * sheet"), so a write never relies on a grid bigger than the one made.
 */
export function ensureGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
}

/** Writes `rows` as plain text starting at spreadsheet row `firstRow`: one setValues. */
export function writeTextRows(
  sheet: Sheet,
  firstRow: number,
  width: number,
  rows: readonly (readonly (SheetValue | null)[])[],
): void {
  if (rows.length === 0 || width === 0) return;
  ensureGrid(sheet, firstRow + rows.length - 1, width);
  const range = sheet.getRange(firstRow, 1, rows.length, width);
  range.setNumberFormat(PLAIN_TEXT_FORMAT);
  range.setValues(textGrid(rows, width));
}

/** Appends rows below the last one, as plain text. `knownRowCount` is the data rows already read. */
export function appendTextRows(
  sheet: Sheet,
  knownRowCount: number,
  width: number,
  rows: readonly (readonly (SheetValue | null)[])[],
): void {
  writeTextRows(sheet, knownRowCount + 2, width, rows);
}

/** Replaces everything below the header with `rows` (as plain text). */
export function replaceBody(
  sheet: Sheet,
  width: number,
  previousRowCount: number,
  rows: readonly (readonly (SheetValue | null)[])[],
): void {
  const stale = previousRowCount - rows.length;
  if (stale > 0) sheet.getRange(rows.length + 2, 1, stale, width).clearContent();
  writeTextRows(sheet, 2, width, rows);
}

export interface EnsuredSheet {
  sheet: Sheet;
  created: boolean;
  /** Header titles that were missing and were added at the end of row 1. */
  added: string[];
}

/** The named sheet, created if absent, with every title of `header` in row 1. */
export function ensureSheet(
  ss: Spreadsheet,
  name: string,
  header: readonly string[],
): EnsuredSheet {
  const found = ss.getSheetByName(name);
  const sheet = found ?? ss.insertSheet(name);
  const existing = found ? readHeader(sheet) : [];
  const added = header.filter((title) => columnOf(existing, title) < 0);
  if (added.length > 0) {
    ensureGrid(sheet, 1, existing.length + added.length);
    const range = sheet.getRange(1, existing.length + 1, 1, added.length);
    range.setNumberFormat(PLAIN_TEXT_FORMAT);
    range.setValues([added]);
    range.setFontWeight('bold');
  }
  if (!found) sheet.setFrozenRows(1);
  return { sheet, created: !found, added };
}

export function readHeader(sheet: Sheet): string[] {
  const width = sheet.getLastColumn();
  if (width === 0) return [];
  const header = sheet
    .getRange(1, 1, 1, width)
    .getDisplayValues()[0]
    .map((cell) => cell.trim());
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  return header;
}
