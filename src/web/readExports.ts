/**
 * The Lead's chosen files read as the command line reads an export (protocol section 11):
 * CSV files named after the programme's sheets (or Google Sheets' `<title> - <sheet>.csv`), and
 * `.xlsx` workbooks holding sheets of those names; the add-on's protocol sheets when present.
 * No Node API: this runs in the page.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { SHEET_NAMES, type SheetName } from '../core/instruments';
import type { Cell, RawTable, RawTables } from '../core/records';
import { DEVIATIONS_SHEET, PROTOCOL_SHEET } from '../local/protocolSheets';
import type { InputFile } from './inputFile';
import { loadWorkbook, workbookGrids, type SheetGrid } from './workbook';

type Grid = Cell[][];
const PROTOCOL_SHEETS: readonly string[] = [PROTOCOL_SHEET, DEVIATIONS_SHEET];

export interface ExportRead {
  tables: RawTables;
  /** The add-on's `protocol` and `protocol-deviations` sheets, when the files hold them. */
  protocol: Grid | null;
  deviations: Grid | null;
  /** Files (or sheets) not used, with the reason in words: shown to the Lead on the page. */
  unused: string[];
}

/** A file that cannot be read at all: its message names the file and says why in words. */
export class UnreadableFile extends Error {}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

function stem(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return (dot < 0 ? base : base.slice(0, dot)).trim().toLowerCase();
}

/** The sheet a CSV file holds: its exact name, or Google's download name; exact wins. */
function csvSheet(name: string): { sheet: string; exact: boolean } | undefined {
  const known = (s: string): boolean =>
    (SHEET_NAMES as readonly string[]).includes(s) || PROTOCOL_SHEETS.includes(s);
  const own = stem(name);
  if (known(own)) return { sheet: own, exact: true };
  const downloaded = own.slice(own.lastIndexOf(' - ') + 3);
  return own.includes(' - ') && known(downloaded) ? { sheet: downloaded, exact: false } : undefined;
}

/** CSV cells stay text (the core reads them); an empty cell is null. */
function csvGrid(file: InputFile): Grid {
  const text = new TextDecoder('utf-8').decode(file.bytes);
  try {
    const records: string[][] = parse(text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
    return records.map((record) => record.map((value) => (value === '' ? null : value)));
  } catch (error) {
    throw new UnreadableFile(`"${file.name}" cannot be read as a CSV file: ${messageOf(error)}`);
  }
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim();
}

function toTable(sheet: SheetName, grid: Grid): RawTable {
  const [header = [], ...rows] = grid;
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === null)) rows.pop();
  return { sheet, header: header.map(headerText), rows };
}

function headerText(cell: Cell): string {
  if (cell === null) return '';
  return cell instanceof Date ? cell.toISOString() : String(cell).trim();
}

/** The grids found, by sheet name, first candidate kept; later ones listed as unused. */
class Found {
  readonly grids = new Map<string, Grid>();
  readonly unused: string[] = [];

  add(sheet: string, grid: Grid, from: string): void {
    if (this.grids.has(sheet)) {
      this.unused.push(`${from}: a second "${sheet}" sheet; the first one found is used`);
    } else {
      this.grids.set(sheet, grid);
    }
  }
}

function readCsvFiles(files: InputFile[], found: Found): void {
  const named = [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((file) => ({ file, as: csvSheet(file.name) }));
  // An exact name (`pairs.csv`) wins over a download name (`Programme - pairs.csv`).
  for (const exact of [true, false]) {
    for (const { file, as } of named) {
      if (as !== undefined && as.exact === exact) found.add(as.sheet, csvGrid(file), file.name);
    }
  }
  for (const { file, as } of named) {
    if (as === undefined)
      found.unused.push(`${file.name}: its name is not one of the programme's sheets`);
  }
}

async function readWorkbookFile(file: InputFile, found: Found): Promise<void> {
  const wanted = (name: string): boolean => csvSheet(`${name}.csv`)?.exact === true;
  let grids: SheetGrid[];
  try {
    grids = workbookGrids(await loadWorkbook(file.bytes), wanted);
  } catch (error) {
    throw new UnreadableFile(
      `"${file.name}" cannot be read as an Excel workbook: ${messageOf(error)}`,
    );
  }
  if (grids.length === 0)
    found.unused.push(`${file.name}: no sheet named after the programme's sheets`);
  for (const { name, rows } of grids)
    found.add(name.trim().toLowerCase(), rows, `${file.name}, sheet ${name}`);
}

/** Reads every chosen file; throws `UnreadableFile` when one cannot be read at all. */
export async function readExports(files: InputFile[]): Promise<ExportRead> {
  const found = new Found();
  const csv = files.filter((f) => extension(f.name) === '.csv');
  const workbooks = files.filter((f) => extension(f.name) === '.xlsx');
  readCsvFiles(csv, found);
  for (const file of workbooks) await readWorkbookFile(file, found);
  for (const file of files.filter((f) => !['.csv', '.xlsx'].includes(extension(f.name)))) {
    found.unused.push(`${file.name}: not a CSV file or an Excel workbook (.xlsx)`);
  }
  const tables: RawTables = {};
  for (const sheet of SHEET_NAMES) {
    const grid = found.grids.get(sheet);
    if (grid !== undefined) tables[sheet] = toTable(sheet, grid);
  }
  return {
    tables,
    protocol: found.grids.get(PROTOCOL_SHEET) ?? null,
    deviations: found.grids.get(DEVIATIONS_SHEET) ?? null,
    unused: found.unused,
  };
}
