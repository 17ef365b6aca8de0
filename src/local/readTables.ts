/**
 * Reading the programme's sheets from files exported from the programme spreadsheet: a folder
 * of CSV files named after the sheets, or one `.xlsx` workbook holding sheets of those names
 * (protocol section 11). Files or sheets with other names are ignored; a missing one has no rows.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SHEET_NAMES, type SheetName } from '../core/instruments';
import type { Cell, RawTable, RawTables } from '../core/records';
import { oneLine } from './errorMessage';
import { readWorkbookGrids } from './workbookGrids';

/** Reads a folder of CSV files or an `.xlsx` file; throws a one-line Error when it cannot. */
export async function readTablesFromPath(path: string): Promise<RawTables> {
  const info = await stat(path).catch(() => {
    throw new Error(`Cannot read "${path}": no such file or folder.`);
  });
  if (info.isDirectory()) return readCsvFolder(path);
  const extension = extname(path).toLowerCase();
  if (info.isFile() && extension === '.xlsx') return readWorkbook(path);
  if (info.isFile() && extension === '.csv') {
    throw new Error(`Cannot read "${path}" alone: give the folder that holds the CSV files.`);
  }
  throw new Error(`Cannot read "${path}": expected a folder of CSV files or an .xlsx file.`);
}

function sheetNamed(name: string): SheetName | undefined {
  const wanted = name.trim().toLowerCase();
  return SHEET_NAMES.find((sheet) => sheet === wanted);
}

function toTable(sheet: SheetName, grid: Cell[][]): RawTable {
  const [header = [], ...rows] = grid;
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === null)) rows.pop();
  return { sheet, header: header.map((cell) => headerText(cell)), rows };
}

function headerText(cell: Cell): string {
  if (cell === null) return '';
  return cell instanceof Date ? cell.toISOString() : String(cell).trim();
}

/**
 * The sheet a CSV file holds: `mentee-application.csv`, or Google Sheets' own download name
 * `<spreadsheet title> - mentee-application.csv`. An exact name wins over a download name.
 */
function csvSheet(file: string): { sheet: SheetName; exact: boolean } | undefined {
  if (extname(file).toLowerCase() !== '.csv') return undefined;
  const name = basename(file, extname(file));
  const exact = sheetNamed(name);
  if (exact !== undefined) return { sheet: exact, exact: true };
  const downloaded = sheetNamed(name.slice(name.lastIndexOf(' - ') + 3));
  return name.includes(' - ') && downloaded !== undefined
    ? { sheet: downloaded, exact: false }
    : undefined;
}

async function readCsvFolder(folder: string): Promise<RawTables> {
  const files = await readdir(folder).catch((error: unknown) => {
    throw new Error(`Cannot read the folder "${folder}": ${oneLine(error)}`);
  });
  const chosen = new Map<SheetName, string>();
  for (const file of [...files].sort()) {
    const found = csvSheet(file);
    if (found !== undefined && (found.exact || !chosen.has(found.sheet))) {
      chosen.set(found.sheet, file);
    }
  }
  const tables: RawTables = {};
  for (const [sheet, file] of chosen) {
    tables[sheet] = toTable(sheet, await readCsvFile(join(folder, file)));
  }
  return tables;
}

/** CSV cells stay text (the core reads them); an empty cell is null. */
export async function readCsvFile(file: string): Promise<Cell[][]> {
  const content = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new Error(`Cannot read "${file}": ${oneLine(error)}`);
  });
  try {
    const records: string[][] = parse(content, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
    return records.map((record) => record.map((value) => (value === '' ? null : value)));
  } catch (error) {
    throw new Error(`Cannot read "${file}" as CSV: ${oneLine(error)}`);
  }
}

async function readWorkbook(file: string): Promise<RawTables> {
  const tables: RawTables = {};
  for (const { name, rows } of await readWorkbookGrids(file, (n) => sheetNamed(n) !== undefined)) {
    const sheet = sheetNamed(name);
    if (sheet !== undefined && tables[sheet] === undefined) tables[sheet] = toTable(sheet, rows);
  }
  return tables;
}
