/**
 * The reproducibility stamp (protocol section 9): which Dyad, which inputs, which configuration
 * and which date made a summary, so an auditor can re-run it and get the same decision.
 *
 * Each input sheet is hashed in a canonical form, so the same data read from a CSV folder, an
 * .xlsx workbook, Microsoft Forms or Google Sheets give the same hash where the values agree:
 * - the header and every row become lists of texts: blank cells (null, empty, only spaces) are
 *   "", text is trimmed, a number is written the shortest way JavaScript writes it ("7", "6.5"),
 *   true/false are "TRUE"/"FALSE", a date cell is "yyyy-mm-dd", or "yyyy-mm-dd hh:mm:ss" when
 *   it has a time (its wall-clock fields, as the readers hold them), and a date written as text
 *   in a way the readers accept ("09/02/2026 19:58:18", "2026/02/09 7:58:18 PM GMT",
 *   "2026-02-09") is written the same way;
 * - blank cells at the end of a row, and blank rows at the end of the sheet, are dropped;
 * - the canonical form is `JSON.stringify([header, ...rows])` of those texts, hashed as UTF-8.
 * So the CSV text "7" and the number 7 agree, and "12/01/2026" and a date cell of that day; "7.0"
 * and 7 do not (a number written as text is hashed as written).
 */
import { matchKey, readInstant } from './answers';
import { canonicalJson } from './protocolConfig';
import type { ProtocolConfig } from './config';
import { PROGRAMME_COLUMNS, PROGRAMME_INFORMATION_ROWS, SHEETS } from './instruments';
import type { Cell, IsoDate, RawTable, RawTables } from './records';
import type { ProtocolLock } from './results';
import { sha256Hex } from './sha256';

export interface InputSheetHash {
  sheet: string;
  /** Data rows hashed (the header aside), after blank rows at the end are dropped. */
  rows: number;
  sha256: string;
}

export interface ReproducibilityStamp {
  /** Dyad's version (package.json), handed in by the adapter that built the run. */
  dyadVersion: string;
  /** From the programme sheet's "Programme name" and "Trust" rows, or the defaults. */
  programmeName: string;
  trust: string;
  asOf: IsoDate;
  /** When the summary was made (ISO 8601, UTC): the one field that differs between re-runs. */
  generatedAt: string;
  /** The SHA-256 of each input sheet read, in the protocol's sheet order. */
  inputs: InputSheetHash[];
  /** SHA-256 of the configuration in force, written canonically (as the lock hashes it). */
  configHash: string;
  configLocked: boolean;
  /** The SHA-256 recorded when the configuration was locked; null when not locked. */
  configLockHash: string | null;
  /** The command that makes this summary again from the same inputs. */
  command: string;
}

export const DEFAULT_PROGRAMME_NAME = 'IMG and LED doctors mentorship programme';
export const DEFAULT_TRUST = 'Trust not named in the programme sheet';

/** The programme sheet's rows naming the programme and the trust. */
export const PROGRAMME_IDENTITY_SETTINGS = {
  name: PROGRAMME_INFORMATION_ROWS.programmeName,
  trust: PROGRAMME_INFORMATION_ROWS.trust,
} as const;

const two = (n: number) => String(n).padStart(2, '0');

function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? day : `${day} ${two(h)}:${two(m)}:${two(s)}`;
}

/** One cell in the canonical form described above. */
export function canonicalCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : dateText(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return String(cell);
  const text = cell.trim();
  return DATE_LIKE.test(text) ? (writtenDate(text) ?? text) : text;
}

/** Text that may be a date as the readers accept it: UK, ISO or Google Forms' CSV writing. */
const DATE_LIKE = /^\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b/;

function writtenDate(text: string): string | null {
  const instant = readInstant(text).value;
  return instant === null ? null : dateText(new Date(instant));
}

function withoutTrailingBlanks<T>(items: readonly T[], blank: (item: T) => boolean): T[] {
  let end = items.length;
  while (end > 0 && blank(items[end - 1])) end--;
  return items.slice(0, end);
}

function canonicalRow(cells: readonly (Cell | undefined)[]): string[] {
  return withoutTrailingBlanks(cells.map(canonicalCell), (text) => text === '');
}

/** The canonical text of a sheet, as hashed. */
export function canonicalTable(table: RawTable): string {
  const rows = withoutTrailingBlanks(table.rows.map(canonicalRow), (row) => row.length === 0);
  return JSON.stringify([canonicalRow(table.header), ...rows]);
}

export function inputSheetHashes(tables: RawTables): InputSheetHash[] {
  return Object.values(SHEETS).flatMap((sheet) => {
    const table = tables[sheet];
    if (table === undefined) return [];
    const text = canonicalTable(table);
    const rows = (JSON.parse(text) as unknown[]).length - 1;
    return [{ sheet, rows, sha256: sha256Hex(text) }];
  });
}

/** A setting's value from the programme sheet (Setting, Value), or "" when it has no such row. */
function programmeSetting(table: RawTable | undefined, setting: string): string {
  if (table === undefined) return '';
  const keys = table.header.map((title) => matchKey(String(title ?? '')));
  const settingCol = keys.indexOf(matchKey(PROGRAMME_COLUMNS.setting));
  const valueCol = keys.indexOf(matchKey(PROGRAMME_COLUMNS.value));
  if (settingCol < 0 || valueCol < 0) return '';
  const wanted = matchKey(setting);
  const rows = table.rows.filter((row) => matchKey(canonicalCell(row[settingCol])) === wanted);
  // As for every setting, a row written twice: the lower one counts.
  return rows.length ? canonicalCell(rows[rows.length - 1][valueCol]) : '';
}

export function programmeIdentity(tables: RawTables): { programmeName: string; trust: string } {
  const table = tables[SHEETS.programme];
  return {
    programmeName:
      programmeSetting(table, PROGRAMME_IDENTITY_SETTINGS.name) || DEFAULT_PROGRAMME_NAME,
    trust: programmeSetting(table, PROGRAMME_IDENTITY_SETTINGS.trust) || DEFAULT_TRUST,
  };
}

/** A path as a shell reads it: quoted when it holds anything but plain characters. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export function reproduceCommand(input: string, asOf: IsoDate, out: string): string {
  return `npm run dyad -- evaluate ${shellWord(input)} --as-of ${asOf} --out ${shellWord(out)}`;
}

export interface StampInputs {
  dyadVersion: string;
  tables: RawTables;
  config: ProtocolConfig;
  lock: ProtocolLock;
  asOf: IsoDate;
  /** The moment of the run, handed in so the core stays pure. */
  generatedAt: Date;
  command: string;
}

export function reproducibilityStamp(input: StampInputs): ReproducibilityStamp {
  return {
    dyadVersion: input.dyadVersion,
    ...programmeIdentity(input.tables),
    asOf: input.asOf,
    generatedAt: input.generatedAt.toISOString(),
    inputs: inputSheetHashes(input.tables),
    configHash: sha256Hex(canonicalJson(input.config)),
    configLocked: input.lock.locked,
    configLockHash: input.lock.locked ? input.lock.hash : null,
    command: input.command,
  };
}
