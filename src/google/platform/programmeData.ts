/**
 * Reads the programme's sheets into the core's RawTables and typed records: one getValues per
 * sheet, Date cells turned into the core's wall-clock convention.
 */
import type { ProtocolConfig } from '../../core/config';
import { SHEET_NAMES, type SheetName } from '../../core/instruments';
import { readProgramme } from '../../core/readProgramme';
import type { Cell, RawTable, RawTables, ReadResult } from '../../core/records';
import { toWallClockDate } from './dates';
import { readSheet, type SheetContents, type SheetValue } from './sheetIo';
import type { Workbook } from './workbook';

export interface LoadedProgramme extends ReadResult {
  tables: RawTables;
  /** What each sheet held as read, for writing back by row. */
  contents: Partial<Record<SheetName, SheetContents>>;
}

function toCell(value: SheetValue, timeZone: string): Cell {
  if (value instanceof Date) return toWallClockDate(value, timeZone);
  return value;
}

export function rawTable(name: SheetName, contents: SheetContents, timeZone: string): RawTable {
  return {
    sheet: name,
    header: contents.header,
    rows: contents.rows.map((row) => row.map((value) => toCell(value, timeZone))),
  };
}

export function loadProgramme(
  wb: Workbook,
  config: ProtocolConfig,
  only?: readonly SheetName[],
): LoadedProgramme {
  const tables: RawTables = {};
  const contents: Partial<Record<SheetName, SheetContents>> = {};
  for (const name of only ?? SHEET_NAMES) {
    const sheet = wb.sheet(name);
    if (sheet === null) continue;
    const read = readSheet(sheet);
    contents[name] = read;
    tables[name] = rawTable(name, read, wb.timeZone);
  }
  return { ...readProgramme(tables, config), tables, contents };
}
