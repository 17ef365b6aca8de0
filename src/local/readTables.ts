/**
 * The command line's input: a folder of exports (CSV files and workbooks in any mix) or one
 * `.xlsx` workbook, listed into files and read by the browser-safe layer (`src/files`), which
 * recognises each file or sheet by what it holds (protocol section 11).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { INPUT_SHEET, readExports, type ExportRead, type InputFile } from '../files';
import type { Cell, ImportIssue, RawTables } from '../core/records';
import { parseCsv } from '../files/csv';
import { decodeText } from '../files/text';
import { oneLine } from './errorMessage';

async function folderFiles(folder: string): Promise<{ files: InputFile[]; issues: ImportIssue[] }> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    throw new Error(`Cannot read the folder "${folder}": ${oneLine(error)}`);
  });
  const files: InputFile[] = [];
  const issues: ImportIssue[] = [];
  const names = entries
    .filter((entry) => !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) continue;
    if (info === null || !info.isFile()) {
      issues.push({ sheet: name, row: 0, problem: 'not a regular file; left out' });
      continue;
    }
    const bytes = await readFile(path).catch((error: unknown) => {
      issues.push({ sheet: name, row: 0, problem: `cannot be read: ${oneLine(error)}; left out` });
      return null;
    });
    if (bytes !== null) files.push({ name, bytes: new Uint8Array(bytes) });
  }
  return { files, issues };
}

/**
 * Reads a folder of exports or an `.xlsx` file. Throws a one-line Error when the path itself
 * cannot be read (missing, not a folder or workbook, a workbook that will not open); problems
 * inside a readable folder are issues in the result.
 */
export async function readExportsFromPath(path: string): Promise<ExportRead> {
  const info = await stat(path).catch(() => {
    throw new Error(`Cannot read "${path}": no such file or folder.`);
  });
  if (info.isDirectory()) {
    const { files, issues } = await folderFiles(path);
    const read = await readExports(files);
    const readIssues = read.issues.map((issue) =>
      issue.sheet === INPUT_SHEET && files.length === 0
        ? {
            ...issue,
            problem: `the folder "${path}" holds no CSV files or .xlsx workbooks, so there is nothing to read`,
          }
        : issue,
    );
    return { ...read, issues: [...issues, ...readIssues] };
  }
  const extension = extname(path).toLowerCase();
  if (info.isFile() && extension === '.xlsx') {
    const bytes = await readFile(path).catch((error: unknown) => {
      throw new Error(`Cannot read "${path}": ${oneLine(error)}`);
    });
    const read = await readExports([{ name: basename(path), bytes: new Uint8Array(bytes) }]);
    if (read.unreadable.length > 0) {
      const problem = read.issues.find((issue) => issue.sheet === basename(path))?.problem ?? '';
      const why = problem
        .replace(/^cannot be read as an Excel workbook: /, '')
        .replace(/; left out$/, '');
      throw new Error(`Cannot read "${path}" as an Excel workbook: ${why}`);
    }
    return read;
  }
  if (info.isFile() && extension === '.csv') {
    throw new Error(`Cannot read "${path}" alone: give the folder that holds the CSV files.`);
  }
  throw new Error(`Cannot read "${path}": expected a folder of CSV files or an .xlsx file.`);
}

/** The programme's raw tables from a folder or an `.xlsx` file (see `readExportsFromPath`). */
export async function readTablesFromPath(path: string): Promise<RawTables> {
  return (await readExportsFromPath(path)).tables;
}

/** One CSV file's rows of cells (text; an empty cell is null). */
export async function readCsvFile(file: string): Promise<Cell[][]> {
  const bytes = await readFile(file).catch((error: unknown) => {
    throw new Error(`Cannot read "${file}": ${oneLine(error)}`);
  });
  return parseCsv(decodeText(new Uint8Array(bytes)).text).rows;
}

/**
 * When nothing in the input was read as a programme sheet: the reason, in words, for the
 * first line of the command's output (the run goes on, and shows what an empty programme gives).
 */
export function nothingReadWarning(read: ExportRead): string | null {
  if (Object.keys(read.tables).length > 0) return null;
  const why = read.issues.find((issue) => issue.sheet === INPUT_SHEET)?.problem;
  return `Nothing was read: ${why ?? 'no programme sheet was found'}.`;
}
