/**
 * The sheets of an `.xlsx` file on disk as grids of the core's cells (the reading itself is
 * the browser-safe `src/files/workbook`).
 */
import { readFile } from 'node:fs/promises';
import type { Cell } from '../core/records';
import { readWorkbookBytes, UnreadableWorkbook } from '../files/workbook';
import { oneLine } from './errorMessage';

export { cellOf } from '../files/workbook';

export interface SheetGrid {
  name: string;
  rows: Cell[][];
}

/**
 * The sheets whose names `wanted` accepts, in the workbook's order; throws a one-line Error
 * when the file is not a readable workbook.
 */
export async function readWorkbookGrids(
  file: string,
  wanted: (sheetName: string) => boolean,
): Promise<SheetGrid[]> {
  try {
    const sheets = await readWorkbookBytes(new Uint8Array(await readFile(file)));
    return sheets.filter((s) => wanted(s.name)).map(({ name, rows }) => ({ name, rows }));
  } catch (error) {
    const why = error instanceof UnreadableWorkbook ? error.message : oneLine(error);
    throw new Error(`Cannot read "${file}" as an Excel workbook: ${why}`);
  }
}
