/**
 * Microsoft Forms' "Open results in Excel" export, turned into the shape of a Google Forms
 * response sheet (see docs/microsoft-forms.md).
 *
 * The export has `ID`, `Start time`, `Completion time`, `Email`, `Name` (sometimes
 * `Last modified time`) before one column per question. `Completion time` becomes
 * `Timestamp`, `Email` becomes `Email address`, the other bookkeeping columns are left out, and
 * multiple-choice answers (`A;B;`) are written as the response sheet writes them (`A, B`).
 * A response without a recorded email is never guessed at: its cells are emptied (the row keeps
 * its number) and it is listed as an issue naming the form setting to change.
 */
import { matchKey } from '../core/answers';
import {
  CHECK_IN,
  COMMON,
  MENTEE_APPLICATION,
  MENTEE_FEEDBACK,
  MENTOR_APPLICATION,
} from '../core/instruments';
import type { Cell } from '../core/records';

export const MICROSOFT_COLUMNS = {
  id: 'ID',
  start: 'Start time',
  completion: 'Completion time',
  email: 'Email',
  name: 'Name',
  lastModified: 'Last modified time',
} as const;

/** The setting that makes Microsoft Forms record who answered, in Microsoft's own words. */
export const RECORD_EMAIL_SETTING =
  'In Microsoft Forms, open the form, select "…" (More form settings) → Settings, and under "Who can fill out this form" choose "Only people in my organization can respond" and tick "Record name"';

/** Questions whose answers are several options joined by `;` in the export. */
const MULTIPLE_CHOICE = new Set(
  [
    MENTEE_APPLICATION.supportAreas,
    MENTEE_APPLICATION.availability,
    MENTOR_APPLICATION.pathways,
    MENTOR_APPLICATION.supportAreas,
    MENTOR_APPLICATION.availability,
  ].map((title) => matchKey(title)),
);

/** Answers typed by the respondent, kept exactly as written (the mentor feedback asks the same two). */
const FREE_TEXT = new Set(
  [
    MENTEE_APPLICATION.fullName,
    MENTEE_APPLICATION.goal1,
    MENTEE_APPLICATION.goal2,
    MENTEE_APPLICATION.goal3,
    CHECK_IN.concernText,
    CHECK_IN.pulseText,
    MENTEE_FEEDBACK.workedWell,
    MENTEE_FEEDBACK.improve,
  ].map((title) => matchKey(title)),
);

const BOOKKEEPING = new Set(Object.values(MICROSOFT_COLUMNS).map((title) => matchKey(title)));

function headerKeys(grid: readonly Cell[][]): string[] {
  return (grid[0] ?? []).map((cell) =>
    cell === null || cell instanceof Date ? '' : matchKey(String(cell)),
  );
}

/**
 * Does the grid have the columns a Microsoft Forms export starts with? `Completion time` with
 * `ID` or `Start time`: no Google export or Lead sheet has either pair.
 */
export function isMicrosoftFormsExport(grid: readonly Cell[][]): boolean {
  const keys = headerKeys(grid);
  const has = (title: string): boolean => keys.includes(matchKey(title));
  return (
    has(MICROSOFT_COLUMNS.completion) && (has(MICROSOFT_COLUMNS.id) || has(MICROSOFT_COLUMNS.start))
  );
}

function isAnonymous(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  const text = cell instanceof Date ? '' : String(cell).trim();
  return text === '' || text.toLowerCase() === 'anonymous';
}

function joinedChoices(cell: Cell): Cell {
  if (typeof cell !== 'string') return cell;
  const parts = cell
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length === 0 ? null : parts.join(', ');
}

/**
 * An answer as the response sheet would hold it: choices joined by ", "; a single choice
 * exported with a trailing ";" (a choice question that allowed several) without it.
 */
function answerOf(titleKey: string, cell: Cell): Cell {
  if (MULTIPLE_CHOICE.has(titleKey)) return joinedChoices(cell);
  if (typeof cell === 'string' && !FREE_TEXT.has(titleKey) && /^[^;]+;$/.test(cell.trim())) {
    return cell.trim().slice(0, -1).trim();
  }
  return cell;
}

export interface MicrosoftGrid {
  /** The grid in the response sheet's shape: Timestamp, Email address, then the questions. */
  grid: Cell[][];
  /** Spreadsheet rows whose email was not recorded (emptied in `grid`). */
  anonymousRows: number[];
}

export function fromMicrosoftForms(grid: readonly Cell[][]): MicrosoftGrid {
  const keys = headerKeys(grid);
  const header = grid[0] ?? [];
  const completion = keys.indexOf(matchKey(MICROSOFT_COLUMNS.completion));
  const email = keys.indexOf(matchKey(MICROSOFT_COLUMNS.email));
  const questions = keys.flatMap((key, i) => (key !== '' && !BOOKKEEPING.has(key) ? [i] : []));
  const out: Cell[][] = [[COMMON.timestamp, COMMON.email, ...questions.map((i) => header[i])]];
  const anonymousRows: number[] = [];
  grid.slice(1).forEach((row, i) => {
    const blank = row.every((cell) => cell === null);
    if (!blank && isAnonymous(email < 0 ? null : row[email])) {
      anonymousRows.push(i + 2);
      out.push([]);
      return;
    }
    out.push([
      row[completion] ?? null,
      email < 0 ? null : (row[email] ?? null),
      ...questions.map((q) => answerOf(keys[q], row[q] ?? null)),
    ]);
  });
  return { grid: out, anonymousRows };
}
