/**
 * Which programme sheet a CSV file or workbook sheet holds, from its question titles first and
 * its name second (protocol section 11).
 *
 * Each candidate is scored against each sheet by its titles (Timestamp and email left aside):
 * a point for each title the sheet asks, one off for each title only another sheet asks; a
 * two-column Setting/Value sheet is told apart by its setting names. The name is a hint read loosely: `Mentee-Application.csv`,
 * `Programme - mentee-application (1).csv` and a sheet named `Mentee Application ` all name the
 * mentee application. The name is followed when the titles point nowhere else or fit it as
 * well as any sheet; the titles win when they clearly hold another sheet, and that is said.
 */
import { matchKey } from '../core/answers';
import { PROTOCOL_SETTINGS } from '../core/protocolConfig';
import {
  CHECK_IN,
  DOMAINS,
  LEAD_SHEET_HEADERS,
  MENTEE_APPLICATION,
  MENTEE_FEEDBACK,
  MENTOR_APPLICATION,
  MENTOR_FEEDBACK,
  PROGRAMME_SETTINGS,
  SHEETS,
  type SheetName,
} from '../core/instruments';
import type { Cell } from '../core/records';
import type { ProtocolSheetName } from './types';

export type KnownSheet = SheetName | ProtocolSheetName;

/** Fit at or above which titles alone recognise a sheet (when no other sheet fits as well). */
export const RECOGNISED_FIT = 2;

/** Sheets Dyad itself writes (the add-on, matches.xlsx, summary.xlsx, dyad init), never data. */
const OWN_SHEETS = [
  'decision',
  'how to read this',
  'thresholds',
  'domains',
  'chart',
  're-aim',
  'reproducibility',
  'protocol lock',
  'proposals',
  'import-issues',
  'audit-log',
  'reminders',
  'how to fill this',
  'alternatives',
  'unmatched',
  'ineligible',
  'import issues',
];

const SETTING_PREFIX = 'setting:';
const IGNORED_TITLES = new Set(
  ['Timestamp', 'Email address', 'Email'].map((title) => matchKey(title)),
);

const domainTitles = DOMAINS.map((domain) => domain.title);
const settingKeys = (names: readonly string[]): string[] =>
  names.map((name) => SETTING_PREFIX + matchKey(name));

const EXPECTED: Record<KnownSheet, readonly string[]> = {
  [SHEETS.menteeApplication]: [...Object.values(MENTEE_APPLICATION), ...domainTitles].map(matchKey),
  [SHEETS.mentorApplication]: Object.values(MENTOR_APPLICATION).map(matchKey),
  [SHEETS.checkIn]: Object.values(CHECK_IN).map(matchKey),
  [SHEETS.menteeFeedback]: [...domainTitles, ...Object.values(MENTEE_FEEDBACK)].map(matchKey),
  [SHEETS.mentorFeedback]: Object.values(MENTOR_FEEDBACK).map(matchKey),
  [SHEETS.pairs]: LEAD_SHEET_HEADERS.pairs.map(matchKey),
  [SHEETS.escalations]: LEAD_SHEET_HEADERS.escalations.map(matchKey),
  [SHEETS.programme]: [
    ...LEAD_SHEET_HEADERS.programme.map(matchKey),
    ...settingKeys(Object.values(PROGRAMME_SETTINGS)),
  ],
  protocol: [
    ...['Setting', 'Value'].map(matchKey),
    ...settingKeys(Object.values(PROTOCOL_SETTINGS)),
  ],
  'protocol-deviations': ['When', 'Who', 'What'].map(matchKey),
};

const KNOWN_SHEETS = Object.keys(EXPECTED) as KnownSheet[];

function textOf(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return cell instanceof Date ? '' : String(cell);
}

/** The titles a grid shows: its header, and its setting names when it is a Setting/Value sheet. */
function signature(grid: readonly Cell[][]): Set<string> {
  const header = (grid[0] ?? []).map((cell) => matchKey(textOf(cell))).filter((t) => t !== '');
  const titles = new Set(header.filter((title) => !IGNORED_TITLES.has(title)));
  if (header[0] === matchKey('Setting')) {
    for (const row of grid.slice(1)) {
      const setting = matchKey(textOf(row[0]));
      if (setting !== '') titles.add(SETTING_PREFIX + setting);
    }
  }
  return titles;
}

/** The sheets that ask each title. */
const OWNERS = new Map<string, KnownSheet[]>();
for (const sheet of Object.keys(EXPECTED) as KnownSheet[]) {
  for (const title of EXPECTED[sheet]) OWNERS.set(title, [...(OWNERS.get(title) ?? []), sheet]);
}

/**
 * How well the titles fit the sheet: one point for each title the sheet asks, one off for each
 * title only other sheets ask. Titles no sheet asks (a trust's own question) count for none.
 */
function fit(titles: ReadonlySet<string>, sheet: KnownSheet): number {
  let score = 0;
  for (const title of titles) {
    const owners = OWNERS.get(title);
    if (owners === undefined) continue;
    score += owners.includes(sheet) ? 1 : -1;
  }
  return score;
}

/** A file or sheet name reduced to letters and digits, download decorations taken off. */
function nameKey(name: string): string {
  let stem = name.replace(/\.(csv|xlsx|xlsm)$/i, '');
  stem = stem.replace(/(\s*\([^)]*\))+\s*$/, '');
  const dash = stem.lastIndexOf(' - ');
  if (dash >= 0) stem = stem.slice(dash + 3);
  return stem.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const BY_NAME_KEY = new Map(KNOWN_SHEETS.map((sheet) => [nameKey(sheet), sheet]));

export function sheetNamedBy(name: string): KnownSheet | null {
  return BY_NAME_KEY.get(nameKey(name)) ?? null;
}

/** True when the name is the sheet's own, give or take case and surrounding spaces. */
export function isExactName(name: string, sheet: KnownSheet): boolean {
  return (
    name
      .replace(/\.(csv|xlsx|xlsm)$/i, '')
      .trim()
      .toLowerCase() === sheet
  );
}

const OWN_NAME_KEYS = new Set(OWN_SHEETS.map((sheet) => nameKey(sheet)));

/** A sheet Dyad or the add-on writes for people to read (`audit-log`, `proposals`…), not data. */
export function isOwnSheet(name: string): boolean {
  return OWN_NAME_KEYS.has(nameKey(name));
}

export interface Recognition {
  sheet: KnownSheet | null;
  /** How, or why not, in words. */
  note: string;
  /** Set when the name and the titles disagreed and the titles were followed. */
  conflict?: string;
}

const label = (sheet: KnownSheet): string => `"${sheet}"`;

/** Recognises the grid; `name` is the file name (CSV) or the worksheet's name. */
export function recognise(name: string, grid: readonly Cell[][]): Recognition {
  const titles = signature(grid);
  const scores = KNOWN_SHEETS.map((sheet) => ({ sheet, score: fit(titles, sheet) }));
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  const byContent = best.score >= RECOGNISED_FIT && best.score > second.score ? best.sheet : null;
  const byName = sheetNamedBy(name);
  const nameScore = scores.find((s) => s.sheet === byName)?.score ?? 0;
  if (byName !== null && (byContent === null || byContent === byName || nameScore === best.score)) {
    const how = byContent === byName ? 'by its name and its questions' : 'by its name';
    return { sheet: byName, note: `${label(byName)} ${how}` };
  }
  if (byContent !== null) {
    const note = `${label(byContent)} by its questions`;
    if (byName === null) return { sheet: byContent, note };
    return {
      sheet: byContent,
      note,
      conflict: `its name says ${label(byName)} but its columns are those of ${label(byContent)}; it was read as ${label(byContent)}`,
    };
  }
  return {
    sheet: null,
    note:
      titles.size === 0
        ? 'empty: no header row'
        : 'its columns match none of the programme’s sheets',
  };
}
