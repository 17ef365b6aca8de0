/**
 * The cohorts the screens are shown with: the sample programme in examples/, read and run
 * through the engine in Node exactly as the command line does, and a hostile copy of it whose
 * names and answers are markup and spreadsheet formulas.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { evaluateProgramme } from '../../../src/core/evaluate';
import { proposeMatches } from '../../../src/core/matching';
import { readProgramme } from '../../../src/core/readProgramme';
import type { IsoDate, ReadResult } from '../../../src/core/records';
import type { Evaluation, MatchResult } from '../../../src/core/results';
import { readTablesFromPath } from '../../../src/local/readTables';

export const SAMPLE_DIR = resolve(__dirname, '../../../examples/sample-programme');

/** Markup that would run script if a screen ever put a name into the page as HTML. */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
/** The same, setting a flag instead of opening a dialog. */
export const HOSTILE_FLAG_NAME = '<img src=x onerror=window.__xss=1>';
/** A spreadsheet formula typed into a free-text answer. */
export const HOSTILE_FORMULA = '=HYPERLINK("http://x","y")';

export interface Cohort {
  folder: string;
  read: ReadResult;
  matches: MatchResult;
  evaluate(asOf: IsoDate): Evaluation;
}

export async function loadCohort(folder: string): Promise<Cohort> {
  const read = readProgramme(await readTablesFromPath(folder));
  return {
    folder,
    read,
    matches: proposeMatches(read.records),
    evaluate: (asOf) => evaluateProgramme(read.records, { asOf, importIssues: read.issues }),
  };
}

/** `date` moved by `days`, both yyyy-mm-dd. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** The pilot's dates as the programme sheet gives them; a test cannot run without them. */
export function pilotDates(cohort: Cohort): { start: IsoDate; end: IsoDate } {
  const { pilotStart, pilotEnd } = cohort.read.records.programme;
  if (pilotStart === null || pilotEnd === null) {
    throw new Error(`${cohort.folder}: the programme sheet gives no pilot start or end date`);
  }
  return { start: pilotStart, end: pilotEnd };
}

type Grid = string[][];

function readCsv(file: string): Grid {
  return parse(readFileSync(file, 'utf8'), { bom: true, relax_column_count: true }) as Grid;
}

function writeCsv(file: string, grid: Grid): void {
  const quote = (cell: string): string => `"${cell.replace(/"/g, '""')}"`;
  writeFileSync(file, grid.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n', 'utf8');
}

function column(grid: Grid, title: string): number {
  const index = grid[0].findIndex((cell) => cell.trim().toLowerCase() === title.toLowerCase());
  if (index < 0) throw new Error(`no column "${title}"`);
  return index;
}

function emailColumn(grid: Grid): number {
  return column(grid, 'Email address');
}

/** Sets `title` to `value` on the rows of `email` (every row when `email` is null). */
function setAnswer(grid: Grid, email: string | null, title: string, value: string): void {
  const [at, emailAt] = [column(grid, title), emailColumn(grid)];
  for (const row of grid.slice(1)) {
    if (email === null || row[emailAt]?.trim().toLowerCase() === email) row[at] = value;
  }
}

export interface HostileCohort extends Cohort {
  /** The mentees renamed to markup, by email. */
  renamed: Record<string, string>;
}

/**
 * A copy of the sample programme in a temporary folder where two unpaired mentees are named
 * with markup, goals and concerns are formulas, and the pairs' IDs and rationales carry markup
 * or a formula. What the engine hands to the screens carries the hostile text.
 */
export async function makeHostileCohort(): Promise<HostileCohort> {
  const folder = mkdtempSync(join(tmpdir(), 'dyad-hostile-'));
  for (const file of readdirSync(SAMPLE_DIR))
    copyFileSync(join(SAMPLE_DIR, file), join(folder, file));
  const sample = await loadCohort(SAMPLE_DIR);
  const [first, second] = sample.matches.proposals.filter((p) => !p.confirmed).map((p) => p.mentee);
  if (first === undefined || second === undefined) {
    throw new Error('the sample programme needs two mentees still to match');
  }
  const renamed = { [first]: HOSTILE_NAME, [second]: HOSTILE_FLAG_NAME };

  const menteeFile = join(folder, 'mentee-application.csv');
  const mentees = readCsv(menteeFile);
  for (const [email, name] of Object.entries(renamed)) setAnswer(mentees, email, 'Full name', name);
  setAnswer(mentees, null, 'Personal goal 1', HOSTILE_FORMULA);
  writeCsv(menteeFile, mentees);

  const checkInFile = join(folder, 'check-in.csv');
  const checkIns = readCsv(checkInFile);
  setAnswer(checkIns, null, 'Please describe the concern', HOSTILE_FORMULA);
  writeCsv(checkInFile, checkIns);

  const pairsFile = join(folder, 'pairs.csv');
  const pairs = readCsv(pairsFile);
  const [rationale, pairId] = [column(pairs, 'Rationale'), column(pairs, 'Pair ID')];
  const newIds = new Map<string, string>();
  pairs.slice(1).forEach((row, i) => {
    row[rationale] = `${HOSTILE_NAME} ${HOSTILE_FORMULA}`;
    newIds.set(row[pairId], `${row[pairId]} ${i % 2 === 0 ? HOSTILE_FLAG_NAME : HOSTILE_FORMULA}`);
    row[pairId] = newIds.get(row[pairId]) ?? row[pairId];
  });
  writeCsv(pairsFile, pairs);

  const escalationsFile = join(folder, 'escalations.csv');
  const escalations = readCsv(escalationsFile);
  const escalationPair = column(escalations, 'Pair ID');
  escalations
    .slice(1)
    .forEach(
      (row) => (row[escalationPair] = newIds.get(row[escalationPair]) ?? row[escalationPair]),
    );
  writeCsv(escalationsFile, escalations);

  return { ...(await loadCohort(folder)), renamed };
}
