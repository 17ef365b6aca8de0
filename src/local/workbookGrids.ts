/**
 * The sheets of an `.xlsx` workbook as grids of the core's cells, read with exceljs.
 */
import { open } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import type { Cell } from '../core/records';
import { oneLine } from './errorMessage';
import { loadExcel } from './excel';

export interface SheetGrid {
  name: string;
  rows: Cell[][];
}

/** The signature of the compound files that hold `.xls` and password-protected workbooks. */
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function isCompoundFile(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
      return bytesRead === 8 && buffer.equals(COMPOUND_FILE);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/**
 * The sheets whose names `wanted` accepts, in the workbook's order; throws a one-line Error
 * when the file is not a readable workbook.
 */
export async function readWorkbookGrids(
  file: string,
  wanted: (sheetName: string) => boolean,
): Promise<SheetGrid[]> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    const why = (await isCompoundFile(file))
      ? 'it is password-protected or an old .xls file; save it as an .xlsx workbook without a password'
      : oneLine(error);
    throw new Error(`Cannot read "${file}" as an Excel workbook: ${why}`);
  }
  return workbook.worksheets
    .filter((worksheet) => wanted(worksheet.name))
    .map((worksheet) => ({ name: worksheet.name, rows: worksheetRows(worksheet) }));
}

function worksheetRows(worksheet: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellOf(row.getCell(c)));
    rows.push(cells);
  }
  return rows;
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
