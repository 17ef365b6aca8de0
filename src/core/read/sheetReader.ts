/**
 * Walking one raw sheet row by row, finding answers by column title and recording an import
 * issue (sheet, spreadsheet row, problem) for every answer that cannot be read.
 */
import {
  isBlank,
  matchKey,
  readDate,
  readEmail,
  readInstant,
  readNumber,
  readOption,
  readOptions,
  readText,
  readWholeNumber,
  readYesNo,
  type Parsed,
} from '../answers';
import { cleanPairId, removedNote } from '../identity';
import { COMMON } from '../instruments';
import type { Cell, ImportIssue, Instant, IsoDate, RawTable } from '../records';

const EMAIL_TITLES = [COMMON.email, 'Email'];

/**
 * Columns by title key. A title can head several columns (a form question deleted and asked
 * again keeps its old column): the row's answer is then the first one given. The email column
 * also answers to "Email".
 */
function columnIndex(header: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  header.forEach((title, i) => {
    const key = matchKey(String(title ?? ''));
    if (key === '') return;
    index.set(key, [...(index.get(key) ?? []), i]);
  });
  const emailKey = matchKey(COMMON.email);
  const emailColumns = EMAIL_TITLES.map((t) => index.get(matchKey(t))).find((c) => c !== undefined);
  if (emailColumns !== undefined) index.set(emailKey, emailColumns);
  return index;
}

/** Finds a title's columns, remembering each title's match key (titles repeat on every row). */
class ColumnLookup {
  private readonly byTitle = new Map<string, number[]>();

  constructor(private readonly byKey: Map<string, number[]>) {}

  find(title: string): number[] {
    let columns = this.byTitle.get(title);
    if (columns === undefined) {
      columns = this.byKey.get(matchKey(title)) ?? [];
      this.byTitle.set(title, columns);
    }
    return columns;
  }

  has(title: string): boolean {
    return this.find(title).length > 0;
  }
}

/** One data row: each reader takes a column title and records a problem as an import issue. */
export class RowReader {
  constructor(
    readonly row: number,
    private readonly cells: readonly Cell[],
    private readonly columns: ColumnLookup,
    private readonly sheet: string,
    private readonly issues: ImportIssue[],
  ) {}

  cell(title: string): Cell {
    const answers = this.columns.find(title).map((i) => this.cells[i] ?? null);
    return answers.find((cell) => !isBlank(cell)) ?? answers[0] ?? null;
  }

  report(problem: string): void {
    this.issues.push({ sheet: this.sheet, row: this.row, problem });
  }

  /** A problem with the answer under `title`, worded "Title — problem". */
  reportAnswer(title: string, problem: string): void {
    this.report(`${title} — ${problem}`);
  }

  private take<T>(title: string, parsed: Parsed<T>): T {
    if (parsed.problem !== undefined) this.reportAnswer(title, parsed.problem);
    else if (parsed.note !== undefined)
      this.reportAnswer(title, `${parsed.note}; read as "${String(parsed.value)}"`);
    return parsed.value;
  }

  text(title: string): string {
    return readText(this.cell(title));
  }

  email(title: string = COMMON.email): string {
    return this.take(title, readEmail(this.cell(title)));
  }

  /** A Pair ID, cleaned of invisible characters (with an issue when there were any). */
  pairId(title: string): string {
    const { text, removed } = cleanPairId(readText(this.cell(title)));
    if (removed.length > 0) this.reportAnswer(title, `${removedNote(removed)}; read as "${text}"`);
    return text;
  }

  /** An email that may be left empty (no issue when empty). */
  optionalEmail(title: string): string {
    return isBlank(this.cell(title)) ? '' : this.email(title);
  }

  option<T extends string>(title: string, options: readonly T[]): T | null {
    return this.take(title, readOption(this.cell(title), options));
  }

  options<T extends string>(title: string, options: readonly T[]): T[] {
    return this.take(title, readOptions(this.cell(title), options));
  }

  wholeNumber(title: string, min: number, max?: number): number | null {
    return this.take(title, readWholeNumber(this.cell(title), min, max));
  }

  number(title: string): number | null {
    return this.take(title, readNumber(this.cell(title)));
  }

  yesNo(title: string): boolean | null {
    return this.take(title, readYesNo(this.cell(title)));
  }

  date(title: string): IsoDate | null {
    return this.take(title, readDate(this.cell(title)));
  }

  instant(title: string): Instant | null {
    return this.take(title, readInstant(this.cell(title)));
  }
}

/**
 * The data rows of a sheet, fully blank rows left out (they are spacing, not answers, and
 * raise no issue). A missing sheet has no rows. When the sheet has rows but lacks some of the
 * `expected` columns, one issue (row 0) names them; their answers count as missing.
 */
export function sheetRows(
  table: RawTable | undefined,
  sheet: string,
  expected: readonly string[],
  issues: ImportIssue[],
): RowReader[] {
  if (table === undefined) return [];
  const columns = new ColumnLookup(columnIndex(table.header));
  const rows: RowReader[] = [];
  table.rows.forEach((cells, i) => {
    if (cells.every((cell) => isBlank(cell))) return;
    rows.push(new RowReader(i + 2, cells, columns, sheet, issues));
  });
  const missing = expected.filter((title) => !columns.has(title));
  if (rows.length > 0 && missing.length > 0) {
    const names = missing.map((title) => `"${title}"`).join(', ');
    issues.push({
      sheet,
      row: 0,
      problem: `missing column${missing.length === 1 ? '' : 's'} ${names}; those answers count as missing`,
    });
  }
  return rows;
}
