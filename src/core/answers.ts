/**
 * Reading one answer: a spreadsheet cell into the value the records hold.
 *
 * Every reader returns a value (null or empty when the answer is missing or unreadable) and,
 * when the answer could not be read, the problem in plain words. An empty cell is a missing
 * answer, not a problem: whether it matters is for later stages to say.
 */
import { emailIdentity, removedNote } from './identity';
import type { Cell, Instant, IsoDate } from './records';

export interface Parsed<T> {
  value: T;
  /** Set when the cell held something that could not be read; `value` is then the fallback. */
  problem?: string;
  /** Set when the answer was read but had to be cleaned first (said in an import issue). */
  note?: string;
}

const DAY_MS = 86_400_000;
/** Spreadsheet serial day 0 (Google Sheets, Excel's 1900 system). */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial numbers accepted as dates: 1900-01-01 to 9999-12-31 (and its time of day). */
const SERIAL_MIN = 2;
const SERIAL_MAX = 2_958_465;
/** Dates outside these years are typing slips, not programme dates. */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;
const SHOWN_ANSWER_LENGTH = 60;

/**
 * The form in which titles, settings and options are compared: case, runs of whitespace,
 * dash variants (– — ‐ -), curly or straight quotes, and spaces around dashes and slashes
 * make no difference.
 */
export function matchKey(text: string): string {
  let key = matchKeys.get(text);
  if (key === undefined) {
    if (matchKeys.size >= MATCH_KEY_CACHE) matchKeys.clear();
    key = computeMatchKey(text);
    matchKeys.set(text, key);
  }
  return key;
}

/** Answers repeat across rows (options, titles): their keys are remembered, within a bound. */
const MATCH_KEY_CACHE = 10_000;
const matchKeys = new Map<string, string>();

function computeMatchKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ ?([-/]) ?/g, '$1')
    .trim()
    .toLowerCase();
}

/** True when the cell holds nothing (null, or only whitespace). */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The cell as the Lead would see it, trimmed; dates as ISO. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isValidDate(cell) ? cell.toISOString().replace('.000Z', '') : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim();
}

/** An answer quoted in a problem: one line, not too long. */
export function quote(cell: Cell | undefined): string {
  const oneLine = cellText(cell).replace(/\s+/g, ' ');
  const shown =
    oneLine.length > SHOWN_ANSWER_LENGTH ? `${oneLine.slice(0, SHOWN_ANSWER_LENGTH)}…` : oneLine;
  return `"${shown}"`;
}

/** Free text, kept verbatim (trimmed): nothing here evaluates formula-looking or HTML answers. */
export function readText(cell: Cell | undefined): string {
  return cellText(cell);
}

/**
 * An email address as its one identity (see `emailIdentity`); '' when missing or not an email.
 * Invisible or control characters removed from it are named in `note`.
 */
export function readEmail(cell: Cell | undefined): Parsed<string> {
  if (isBlank(cell)) return { value: '', problem: 'no email address' };
  const { email, removed } = emailIdentity(cellText(cell));
  if (email === '') return { value: '', problem: `${quote(cell)} is not an email address` };
  return removed.length === 0 ? { value: email } : { value: email, note: removedNote(removed) };
}

/** One option of a list, returned in the list's own spelling. */
export function readOption<T extends string>(
  cell: Cell | undefined,
  options: readonly T[],
): Parsed<T | null> {
  if (isBlank(cell)) return { value: null };
  const found = findOption(cellText(cell), options);
  if (found === null) return { value: null, problem: `${quote(cell)} is not one of the options` };
  return { value: found };
}

/** Option lists by match key, computed once per list (lists are read for every row). */
const optionIndexes = new WeakMap<readonly string[], Map<string, string>>();

function findOption<T extends string>(text: string, options: readonly T[]): T | null {
  let index = optionIndexes.get(options);
  if (index === undefined) {
    index = new Map();
    for (const option of options)
      if (!index.has(matchKey(option))) index.set(matchKey(option), option);
    optionIndexes.set(options, index);
  }
  return (index.get(matchKey(text)) as T | undefined) ?? null;
}

/**
 * A checkbox answer: options joined by `;` (Google Forms' own CSV download) or `, ` (the linked
 * response sheet). Unknown parts are dropped (and named in the problem); duplicates removed.
 */
export function readOptions<T extends string>(
  cell: Cell | undefined,
  options: readonly T[],
): Parsed<T[]> {
  if (isBlank(cell)) return { value: [] };
  const parts = cellText(cell)
    .split(/;|,\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const kept: T[] = [];
  const unknown: string[] = [];
  for (const part of parts) {
    const found = findOption(part, options);
    if (found === null) unknown.push(part);
    else if (!kept.includes(found)) kept.push(found);
  }
  if (unknown.length === 0) return { value: kept };
  const named = unknown.map((part) => quote(part)).join(', ');
  return {
    value: kept,
    problem: `${named} ${unknown.length === 1 ? 'is not one of the options' : 'are not among the options'}; left out`,
  };
}

/** A number written as a number or as numeric text ("7", " 7 ", "7.0"); null otherwise. */
function numberOf(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  return Number(text);
}

/** A whole number between `min` and `max` (inclusive). */
export function readWholeNumber(
  cell: Cell | undefined,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): Parsed<number | null> {
  if (isBlank(cell)) return { value: null };
  const number = numberOf(cell);
  if (number === null) return { value: null, problem: `${quote(cell)} is not a number` };
  if (!Number.isInteger(number))
    return { value: null, problem: `${quote(cell)} is not a whole number` };
  if (number < min || number > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    return { value: null, problem: `${quote(cell)} is outside the scale (${range})` };
  }
  return { value: number };
}

/** Any number (a match score, for instance). */
export function readNumber(cell: Cell | undefined): Parsed<number | null> {
  if (isBlank(cell)) return { value: null };
  const number = numberOf(cell);
  if (number === null) return { value: null, problem: `${quote(cell)} is not a number` };
  return { value: number };
}

const TRUE_WORDS = ['true', 'yes'];
const FALSE_WORDS = ['false', 'no'];

/** A Yes/No or TRUE/FALSE answer (boolean cells too); null when empty or unreadable. */
export function readYesNo(cell: Cell | undefined): Parsed<boolean | null> {
  if (isBlank(cell)) return { value: null };
  if (typeof cell === 'boolean') return { value: cell };
  const key = matchKey(cellText(cell));
  if (TRUE_WORDS.includes(key)) return { value: true };
  if (FALSE_WORDS.includes(key)) return { value: false };
  return { value: null, problem: `${quote(cell)} is neither Yes nor No` };
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?`;
const UK_DATE = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})(?:,?\s+${TIME})?$`);
const ISO_DATE = new RegExp(
  String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]${TIME}(?:Z|[+-]\d{2}:?\d{2})?)?$`,
);
/** Google Forms' own CSV download: `2026/03/01 9:15:02 AM GMT+1` (zone optional). */
const FORMS_DATE = new RegExp(
  String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})(?:\s+${TIME}(?:\s*([AaPp][Mm]))?(?:\s+(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?$`,
);

function clockFromText(text: string): WallClock | null | 'invalid' {
  const uk = UK_DATE.exec(text);
  if (uk) return makeClock(uk[3], uk[2], uk[1], uk[4], uk[5], uk[6]);
  const iso = ISO_DATE.exec(text);
  if (iso) return makeClock(iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]);
  const forms = FORMS_DATE.exec(text);
  if (forms) return makeClock(forms[1], forms[2], forms[3], forms[4], forms[5], forms[6], forms[7]);
  return null;
}

function makeClock(
  year: string,
  month: string,
  day: string,
  hour = '0',
  minute = '0',
  second = '0',
  meridiem?: string,
): WallClock | 'invalid' {
  let h = Number(hour);
  if (meridiem !== undefined) {
    if (h < 1 || h > 12) return 'invalid';
    h = (h % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  const clock = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: h,
    minute: Number(minute),
    second: Number(second),
  };
  return isRealClock(clock) ? clock : 'invalid';
}

function isRealClock(c: WallClock): boolean {
  if (c.year < MIN_YEAR || c.year > MAX_YEAR || c.month < 1 || c.month > 12 || c.day < 1)
    return false;
  if (c.hour > 23 || c.minute > 59 || c.second > 59) return false;
  const daysInMonth = new Date(Date.UTC(c.year, c.month, 0)).getUTCDate();
  return c.day <= daysInMonth;
}

function isValidDate(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}

/**
 * A moment as wall-clock time stored as UTC. The zone written by Google Forms' CSV download
 * ("GMT+1") is not applied: the time it prints is already the programme's local wall clock,
 * the same time the linked response sheet shows for that answer, so both exports order alike.
 */
export function readInstant(cell: Cell | undefined): Parsed<Instant | null> {
  if (isBlank(cell)) return { value: null };
  if (cell instanceof Date) {
    const year = cell.getUTCFullYear();
    return isValidDate(cell) && year >= MIN_YEAR && year <= MAX_YEAR
      ? { value: cell.getTime() }
      : { value: null, problem: 'not a valid date' };
  }
  if (typeof cell === 'number') {
    if (!(cell >= SERIAL_MIN && cell < SERIAL_MAX + 1)) {
      return { value: null, problem: `${quote(cell)} is not a date` };
    }
    return { value: Math.round(SERIAL_EPOCH_MS + cell * DAY_MS) };
  }
  const clock = typeof cell === 'string' ? clockFromText(cell.trim()) : null;
  if (clock === null) return { value: null, problem: `${quote(cell)} is not a date` };
  if (clock === 'invalid') return { value: null, problem: `${quote(cell)} is not a real date` };
  const { year, month, day, hour, minute, second } = clock;
  return { value: Date.UTC(year, month - 1, day, hour, minute, second) };
}

/** A calendar date (`yyyy-mm-dd`); any time of day written with it is ignored. */
export function readDate(cell: Cell | undefined): Parsed<IsoDate | null> {
  const instant = readInstant(cell);
  if (instant.value === null) return { value: null, problem: instant.problem };
  return { value: isoDateOf(instant.value) };
}

/** The calendar date of a wall-clock instant. */
export function isoDateOf(instant: Instant): IsoDate {
  return new Date(instant).toISOString().slice(0, 10);
}
