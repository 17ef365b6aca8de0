/**
 * What the file-reading layer takes and gives: files as bytes (from a folder, a workbook or a
 * browser's file picker) and the programme's raw tables, with a word on every file and sheet.
 */
import type { SheetName } from '../core/instruments';
import type { Cell, ImportIssue, RawTables } from '../core/records';

/** One file as the user gave it: its name (no folder) and its bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** The add-on's protocol sheets, read back when an export holds them. */
export const PROTOCOL_SHEET_NAMES = ['protocol', 'protocol-deviations'] as const;
export type ProtocolSheetName = (typeof PROTOCOL_SHEET_NAMES)[number];

/** Where a table or sheet came from. */
export type SourceFormat = 'csv' | 'xlsx' | 'microsoft-forms';

/** One CSV file or one workbook sheet, and what became of it. */
export interface SheetSource {
  file: string;
  /** The worksheet's name in a workbook; null for a CSV file. */
  worksheet: string | null;
  format: SourceFormat;
  /** The programme sheet it was read as; null when it was not recognised or not needed. */
  sheet: SheetName | ProtocolSheetName | null;
  /** Data rows below the header (blank rows at the end left out). */
  rows: number;
  /** True when its rows are in `tables` (or the protocol sheets). */
  used: boolean;
  /** How it was recognised, or why it was left out, in words. */
  note: string;
}

export interface ExportRead {
  tables: RawTables;
  /** The add-on's `protocol` and `protocol-deviations` sheets as grids (header row first). */
  protocolSheets: Partial<Record<ProtocolSheetName, Cell[][]>>;
  /** Every CSV file and workbook sheet seen, in the order read. */
  sources: SheetSource[];
  /** Files that could not be read at all (not a workbook, password-protected…), by name. */
  unreadable: string[];
  /** Problems with files, sheets, lines and cells; file-level ones have row 0. */
  issues: ImportIssue[];
}
