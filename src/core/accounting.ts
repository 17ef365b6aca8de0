/**
 * Every row accounted for (protocol section 11): each data row of each sheet ends counted,
 * kept aside with the reason it does not count, or excluded with the reason it cannot be used.
 * Fully blank rows are spacing and are counted apart.
 */
import type { ApplicantPool } from './eligibility';
import { menteeIneligibility, mentorIneligibility } from './eligibility';
import type { ProtocolConfig } from './config';
import { SHEET_NAMES, SHEETS, type SheetName } from './instruments';
import { isExcluded, isExcusedWithdrawal, type PairBook } from './pairs';
import type { PairRecord, ProgrammeRecords } from './records';

/** What became of one data row. */
export interface RowFate {
  sheet: string;
  row: number;
  fate: 'counted' | 'kept' | 'excluded';
  /** Why it is kept aside or excluded; '' when counted. */
  reason: string;
}

export interface RowNote {
  row: number;
  reason: string;
}

export interface SheetAccount {
  sheet: SheetName;
  /** Data rows in the sheet (below the header), blank ones included. */
  rows: number;
  /** Fully blank rows: spacing, not answers. */
  blank: number;
  counted: number;
  /** Kept for the Lead but not counted, each with why. */
  keptNotCounted: RowNote[];
  /** Not usable at all (e.g. cannot be tied to a person), each with why. */
  excluded: RowNote[];
}

/** A feedback answer kept for the Lead but not counted, with why (protocol section 6). */
export interface UncountedAnswer {
  sheet: string;
  row: number;
  reason: string;
}

function applicationFates(
  records: ProgrammeRecords,
  pool: ApplicantPool,
  config: ProtocolConfig,
): RowFate[] {
  const eligible = new Set<object>([...pool.mentees, ...pool.mentors]);
  const fates: RowFate[] = [];
  const add = (
    sheet: string,
    app: { row: number; superseded: boolean },
    reasons: () => string[],
  ) => {
    if (app.superseded) {
      fates.push({
        sheet,
        row: app.row,
        fate: 'kept',
        reason: 'superseded by a later application from the same email',
      });
    } else if (eligible.has(app)) {
      fates.push({ sheet, row: app.row, fate: 'counted', reason: '' });
    } else {
      fates.push({
        sheet,
        row: app.row,
        fate: 'kept',
        reason: `ineligible: ${reasons().join('; ')}`,
      });
    }
  };
  for (const app of records.menteeApplications)
    add(SHEETS.menteeApplication, app, () => menteeIneligibility(app, config));
  for (const app of records.mentorApplications)
    add(SHEETS.mentorApplication, app, () => mentorIneligibility(app, config));
  return fates;
}

/** Why a pairs row is not a counted (evaluable) pair. */
export function pairNotCountedReason(pair: PairRecord): string {
  if (isExcluded(pair))
    return 'Status Excluded: the Lead\u2019s instruction never to propose this pair';
  const missing: string[] = [];
  if (!pair.confirmedByLead) missing.push('not confirmed by the Lead');
  if (!pair.confirmedByTutor) missing.push('not confirmed by the IMG Tutor');
  if (pair.rationale.trim() === '') missing.push('no rationale written');
  if (pair.menteeEmail === '') missing.push('no readable mentee email');
  if (pair.mentorEmail === '') missing.push('no readable mentor email');
  if (pair.menteeEmail !== '' && pair.menteeEmail === pair.mentorEmail)
    missing.push('the mentee and the mentor are the same person');
  return missing.length > 0 ? missing.join('; ') : 'not a confirmed pair';
}

function pairFates(records: ProgrammeRecords, book: PairBook): RowFate[] {
  const evaluable = new Set(book.evaluable);
  const sheet = SHEETS.pairs;
  return records.pairs.map((pair): RowFate => {
    if (evaluable.has(pair)) return { sheet, row: pair.row, fate: 'counted', reason: '' };
    const reason =
      isExcusedWithdrawal(pair) && book.excused.includes(pair)
        ? 'withdrawn beyond programme control: listed apart, never counted as a failure'
        : pairNotCountedReason(pair);
    return { sheet, row: pair.row, fate: 'kept', reason };
  });
}

function escalationFates(records: ProgrammeRecords): RowFate[] {
  return records.escalations.map((e) => ({
    sheet: SHEETS.escalations,
    row: e.row,
    fate: 'counted',
    reason: '',
  }));
}

function programmeFates(records: ProgrammeRecords): RowFate[] {
  return (records.read?.programmeRows ?? []).map((use) => ({
    sheet: SHEETS.programme,
    row: use.row,
    fate: use.reason === '' ? 'counted' : 'kept',
    reason: use.reason,
  }));
}

/** The rows each sheet had, when the records were read from sheets; else the records themselves. */
function sheetSizes(records: ProgrammeRecords, fates: readonly RowFate[]) {
  return (sheet: SheetName): { rows: number; blank: number } => {
    const read = records.read?.sheets[sheet];
    if (read !== undefined) return { rows: read.rows, blank: read.blankRows.length };
    return { rows: fates.filter((f) => f.sheet === sheet).length, blank: 0 };
  };
}

export function rowAccounting(
  records: ProgrammeRecords,
  context: { pool: ApplicantPool; book: PairBook; config: ProtocolConfig },
  responseFates: readonly RowFate[],
  extraFates: readonly RowFate[] = [],
): SheetAccount[] {
  const fates = [
    ...applicationFates(records, context.pool, context.config),
    ...pairFates(records, context.book),
    ...escalationFates(records),
    ...programmeFates(records),
    ...responseFates,
    ...extraFates,
  ];
  const size = sheetSizes(records, fates);
  return SHEET_NAMES.map((sheet): SheetAccount => {
    const mine = fates.filter((f) => f.sheet === sheet).sort((a, b) => a.row - b.row);
    const notes = (fate: RowFate['fate']) =>
      mine.filter((f) => f.fate === fate).map((f) => ({ row: f.row, reason: f.reason }));
    return {
      sheet,
      ...size(sheet),
      counted: mine.filter((f) => f.fate === 'counted').length,
      keptNotCounted: notes('kept'),
      excluded: notes('excluded'),
    };
  });
}

/** Feedback kept for the Lead but not counted, with why, from the accounts. */
export function uncountedFeedback(accounts: readonly SheetAccount[]): UncountedAnswer[] {
  const feedbackSheets: string[] = [SHEETS.menteeFeedback, SHEETS.mentorFeedback];
  return accounts
    .filter((a) => feedbackSheets.includes(a.sheet))
    .flatMap((a) => a.keptNotCounted.map((note) => ({ sheet: a.sheet, ...note })));
}
