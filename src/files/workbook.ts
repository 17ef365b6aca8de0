/**
 * The sheets of an `.xlsx` workbook as grids of the core's cells, read from its bytes with
 * exceljs. Two things a workbook can hide are said out loud: merged cells (exceljs repeats the
 * first cell's value in every cell of the merge; only that first cell is read, so a value never
 * lands on another person's row) and formulas saved without their result.
 */
import type ExcelJS from 'exceljs';
import type { Cell } from '../core/records';
import { loadExcel } from './excel';

export interface CellProblem {
  /** Spreadsheet row (1 = the header). */
  row: number;
  problem: string;
}

export interface WorkbookSheet {
  name: string;
  rows: Cell[][];
  problems: CellProblem[];
}

/** A file that is not a workbook exceljs can open; the message says why in words. */
export class UnreadableWorkbook extends Error {}

/** The signature of the compound files that hold `.xls` and password-protected workbooks. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && COMPOUND_FILE.every((byte, i) => bytes[i] === byte);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\r?\n/)[0].trim() || 'unknown error';
}

/** Every worksheet of the workbook, in order; throws `UnreadableWorkbook` when it cannot. */
export async function readWorkbookBytes(bytes: Uint8Array): Promise<WorkbookSheet[]> {
  if (isCompoundFile(bytes)) {
    throw new UnreadableWorkbook(
      'it is password-protected or an old .xls file; save it as an .xlsx workbook without a password',
    );
  }
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableWorkbook(firstLine(error));
  }
  return workbook.worksheets.map((worksheet) => worksheetGrid(worksheet));
}

function worksheetGrid(worksheet: ExcelJS.Worksheet): WorkbookSheet {
  const rows: Cell[][] = [];
  const problems: CellProblem[] = [];
  const merges = new Map<string, { row: number; others: string[] }>();
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      if (cell.isMerged && cell.master !== cell) {
        const master = cell.master;
        const merge = merges.get(master.address) ?? { row: Number(master.row), others: [] };
        merge.others.push(cell.address);
        merges.set(master.address, merge);
        cells.push(null);
        continue;
      }
      if (cell.formula && cell.result === undefined) {
        problems.push({
          row: r,
          problem: `cell ${cell.address} holds a formula (=${cell.formula}) saved without its result; it counts as blank (open the workbook in Excel, let it calculate, and save it again)`,
        });
      }
      cells.push(cellOf(cell));
    }
    rows.push(cells);
  }
  for (const [address, merge] of merges) {
    const span = `${address}:${merge.others[merge.others.length - 1]}`;
    problems.push({
      row: merge.row,
      problem: `cells ${span} are merged; the value is read from ${address} only and ${merge.others.join(', ')} count${merge.others.length === 1 ? 's' : ''} as blank (unmerge them so each row holds its own answers)`,
    });
  }
  return { name: worksheet.name, rows, problems };
}

/**
 * A workbook cell as the core expects it: dates stay `Date` (exceljs gives them with the
 * wall-clock time in the UTC fields), numbers and booleans stay themselves, rich text and
 * hyperlinks give their text, an error its code (`#N/A`), a formula its last computed result
 * (never the formula). The result is taken from `cell.result`: `cell.value` drops a result of
 * 0, false or empty text.
 */
export function cellOf(cell: ExcelJS.Cell): Cell {
  return valueCell(cell.formula ? ((cell.result as ExcelJS.CellValue) ?? null) : cell.value);
}

function valueCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if ('richText' in value) return valueCell(value.richText.map((part) => part.text).join(''));
  if ('hyperlink' in value) return valueCell(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return valueCell(value.result ?? null);
  if ('error' in value) return value.error;
  return null;
}
