/**
 * Reads the add-on's protocol sheets from an export, when it holds them: `protocol.csv` and
 * `protocol-deviations.csv` in a folder (or Google Sheets' `<title> - protocol.csv`), or the
 * sheets of those names in an `.xlsx` workbook.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Cell } from '../core/records';
import type { ExportRead } from '../files';
import {
  DEVIATIONS_SHEET,
  PROTOCOL_SHEET,
  protocolFromSheets,
  type ProtocolInForce,
} from './protocolSheets';
import { readCsvFile } from './readTables';
import { readWorkbookGrids } from './workbookGrids';
import { xlsxSheetNames } from './xlsxSheetNames';

type Grid = Cell[][];
const WANTED = [PROTOCOL_SHEET, DEVIATIONS_SHEET];

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `protocol.csv`, or a download name `<title> - protocol.csv`; an exact name wins. */
function csvFileFor(files: readonly string[], sheet: string): string | undefined {
  const csv = files.filter((f) => extname(f).toLowerCase() === '.csv');
  const stem = (f: string): string => basename(f, extname(f)).trim().toLowerCase();
  return (
    csv.find((f) => stem(f) === sheet) ??
    [...csv].sort().find((f) => stem(f).includes(' - ') && stem(f).endsWith(` - ${sheet}`))
  );
}

async function fromFolder(folder: string): Promise<Map<string, Grid>> {
  const files = await readdir(folder);
  const grids = new Map<string, Grid>();
  for (const sheet of WANTED) {
    const file = csvFileFor(files, sheet);
    if (file !== undefined) grids.set(sheet, await readCsvFile(join(folder, file)));
  }
  return grids;
}

/** Does the workbook hold a protocol sheet? When its names cannot be listed, load it to see. */
async function mayHoldProtocol(path: string): Promise<boolean> {
  try {
    const names = xlsxSheetNames(await readFile(path));
    return names.some((name) => WANTED.includes(name.trim().toLowerCase()));
  } catch {
    return true;
  }
}

async function fromWorkbook(path: string): Promise<Map<string, Grid>> {
  const grids = new Map<string, Grid>();
  if (!(await mayHoldProtocol(path))) return grids;
  const wanted = (name: string): boolean => WANTED.includes(name.trim().toLowerCase());
  for (const { name, rows } of await readWorkbookGrids(path, wanted)) {
    const sheet = name.trim().toLowerCase();
    if (!grids.has(sheet)) grids.set(sheet, rows);
  }
  return grids;
}

/** The protocol in force for the export at `path` (a folder or an `.xlsx` file). */
export async function readProtocolFromPath(path: string): Promise<ProtocolInForce> {
  const info = await stat(path);
  const grids = info.isDirectory() ? await fromFolder(path) : await fromWorkbook(path);
  return protocolFromSheets(
    grids.get(PROTOCOL_SHEET) ?? null,
    grids.get(DEVIATIONS_SHEET) ?? null,
    sha256,
  );
}

/** The protocol in force for exports already read (`src/files`): no second pass over the files. */
export function protocolFromExport(read: ExportRead): ProtocolInForce {
  return protocolFromSheets(
    read.protocolSheets[PROTOCOL_SHEET] ?? null,
    read.protocolSheets[DEVIATIONS_SHEET] ?? null,
    sha256,
  );
}
