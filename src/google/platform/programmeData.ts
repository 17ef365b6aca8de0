/**
 * Reads the programme's sheets into the core's RawTables and typed records: one getValues per
 * sheet, Date cells turned into the core's wall-clock convention.
 */
import type { ProtocolConfig } from '../../core/config';
import { SHEET_NAMES, SHEETS, type SheetName } from '../../core/instruments';
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

/** The sheets whose dates the Lead types by hand (the forms' answers arrive as date cells). */
const TYPED_SHEETS: readonly string[] = [SHEETS.programme, SHEETS.pairs, SHEETS.escalations];

/** Locales that write a date month first (mm/dd/yyyy); every other is read day first, as the protocol's UK default. */
const MONTH_FIRST_LOCALES = ['en_US', 'es_US', 'en_PH', 'fil_PH', 'fil', 'en_CA_US'];

export function monthFirst(locale: string): boolean {
  return MONTH_FIRST_LOCALES.includes(locale);
}

/** A date typed as text in a month-first locale, rewritten as the ISO date the Lead meant. */
export function localeDateText(text: string, isMonthFirst: boolean): string {
  const match = isMonthFirst ? /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text) : null;
  if (match === null) return text;
  const [, month, day, year] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function toCell(value: SheetValue, timeZone: string, isMonthFirst: boolean): Cell {
  if (value instanceof Date) return toWallClockDate(value, timeZone);
  if (typeof value === 'string') return localeDateText(value, isMonthFirst);
  return value;
}

export function rawTable(
  name: SheetName,
  contents: SheetContents,
  timeZone: string,
  locale = '',
): RawTable {
  const isMonthFirst = TYPED_SHEETS.includes(name) && monthFirst(locale);
  return {
    sheet: name,
    header: contents.header,
    rows: contents.rows.map((row) => row.map((value) => toCell(value, timeZone, isMonthFirst))),
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
    tables[name] = rawTable(name, read, wb.timeZone, wb.locale);
  }
  return { ...readProgramme(tables, config), tables, contents };
}
