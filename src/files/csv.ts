/**
 * CSV text into rows of cells, one bad line costing one issue, never the file.
 *
 * A quote opened and never closed would make a strict reader refuse the whole file, and a
 * lenient one swallow every following line into one answer. Here a record is suspect when it
 * cannot be closed (end of file inside quotes, or a closing quote followed by text), or when a
 * quoted answer runs over several lines and either leaves the record with a different number
 * of columns than the header or holds a line that looks like a record of its own. A suspect
 * record is read as its first line alone — its answers from the broken one on count as missing —
 * and reading goes on from the next line.
 */
import type { Cell } from '../core/records';

export interface CsvProblem {
  /** Spreadsheet row of the record (1 = the header). */
  row: number;
  /** Line of the file the record starts on. */
  line: number;
  problem: string;
}

export interface CsvGrid {
  rows: Cell[][];
  problems: CsvProblem[];
}

interface RecordScan {
  fields: string[];
  /** Where the next record starts. */
  next: number;
  /** Index of the field that could not be closed, when one could not. */
  broken: number | null;
  /** Text of the quoted fields that ran over several lines. */
  spanning: string[];
}

const UNQUOTED = /[^,\r\n]*/y;

function lineBreakLength(text: string, at: number): number {
  if (text[at] === '\r') return text[at + 1] === '\n' ? 2 : 1;
  return text[at] === '\n' ? 1 : 0;
}

/** A quoted field from the opening quote at `at`: its value and where it ends, or null. */
function quotedField(text: string, at: number): { value: string; end: number } | null {
  let value = '';
  let pos = at + 1;
  for (;;) {
    const quote = text.indexOf('"', pos);
    if (quote < 0) return null;
    value += text.slice(pos, quote);
    if (text[quote + 1] === '"') {
      value += '"';
      pos = quote + 2;
    } else {
      return { value, end: quote + 1 };
    }
  }
}

function scanRecord(text: string, start: number): RecordScan {
  const fields: string[] = [];
  const spanning: string[] = [];
  let pos = start;
  for (;;) {
    if (text[pos] === '"') {
      const quoted = quotedField(text, pos);
      const after = quoted === null ? '' : (text[quoted.end] ?? '');
      if (quoted === null || !['', ',', '\r', '\n'].includes(after)) {
        return { fields, next: text.length, broken: fields.length, spanning };
      }
      fields.push(quoted.value);
      if (/[\r\n]/.test(quoted.value)) spanning.push(quoted.value);
      pos = quoted.end;
    } else {
      UNQUOTED.lastIndex = pos;
      const value = UNQUOTED.exec(text)?.[0] ?? '';
      fields.push(value);
      pos += value.length;
    }
    if (text[pos] === ',') {
      pos++;
      continue;
    }
    return { fields, next: pos + lineBreakLength(text, pos), broken: null, spanning };
  }
}

function lineEnd(text: string, start: number): number {
  const match = /[\r\n]/.exec(text.slice(start));
  return match === null ? text.length : start + match.index;
}

function countLineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Does a line inside a quoted answer look like a record: as many commas as the header's? */
function holdsRecordLine(value: string, width: number): boolean {
  if (width < 3) return false;
  return value
    .split(/\r\n|\r|\n/)
    .slice(1)
    .some((line) => (line.match(/,/g)?.length ?? 0) >= width - 1);
}

function toCells(fields: readonly string[]): Cell[] {
  return fields.map((value) => (value === '' ? null : value));
}

function columnName(header: readonly Cell[] | undefined, index: number): string {
  const title = header?.[index];
  return typeof title === 'string' && title.trim() !== ''
    ? `"${title.trim()}"`
    : `column ${index + 1}`;
}

/** Splits CSV text (a byte-order mark already removed or not) into rows of cells. */
export function parseCsv(input: string): CsvGrid {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: Cell[][] = [];
  const problems: CsvProblem[] = [];
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    const scan = scanRecord(text, pos);
    const width = rows[0]?.length;
    const suspect =
      scan.broken !== null ||
      (width !== undefined &&
        scan.spanning.length > 0 &&
        (scan.fields.length !== width || scan.spanning.some((v) => holdsRecordLine(v, width))));
    if (!suspect) {
      rows.push(toCells(scan.fields));
      line += countLineBreaks(text.slice(pos, scan.next));
      pos = scan.next;
      continue;
    }
    const end = lineEnd(text, pos);
    const alone = scanRecord(text.slice(pos, end), 0);
    const brokenAt = alone.broken ?? alone.fields.length;
    rows.push(toCells(alone.fields.slice(0, brokenAt)));
    problems.push({
      row: rows.length,
      line,
      problem:
        `line ${line}: a quote opened in ${columnName(rows[0], brokenAt)} is not closed on that line, ` +
        `so it would have run into the lines after it; the line was read on its own and its answers ` +
        `from ${columnName(rows[0], brokenAt)} on count as missing (fix the quote and read the file again)`,
    });
    pos = end + lineBreakLength(text, end);
    line++;
  }
  return { rows, problems };
}
