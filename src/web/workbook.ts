/** `.xlsx` workbooks read in the page with exceljs's browser build, as grids of the core's cells. */
import ExcelJS from 'exceljs';
import type { Cell } from '../core/records';

export interface SheetGrid {
  name: string;
  rows: Cell[][];
}

/** The signature of the compound files that hold `.xls` and password-protected workbooks. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isCompoundFile(bytes: Uint8Array): boolean {
  return COMPOUND_FILE.every((byte, i) => bytes[i] === byte);
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (isCompoundFile(bytes)) {
    throw new Error(
      'it is password-protected or an old .xls file; save it as an .xlsx workbook without a password',
    );
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

/** The sheets whose names `wanted` accepts, in the workbook's order. */
export function workbookGrids(
  workbook: ExcelJS.Workbook,
  wanted: (sheetName: string) => boolean,
): SheetGrid[] {
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

/** As the command line reads a cell: a formula gives its last result, rich text its text. */
function cellOf(cell: ExcelJS.Cell): Cell {
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
