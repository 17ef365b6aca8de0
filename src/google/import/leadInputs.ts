/** The Lead's inputs through dialogs: withdrawals (into `pairs`) and the mid-pilot review (into `programme`). */
import { PAIRS, PROGRAMME_COLUMNS, PROGRAMME_SETTINGS, SHEETS } from '../../core/instruments';
import { isValidIsoDate } from '../../core/dates';
import type { ActionContext } from '../platform/action';
import { isoDate } from '../platform/dates';
import { PlainError } from '../platform/errors';
import { columnOf, readSheet, writeTextRows, type SheetValue } from '../platform/sheetIo';

export interface PairChoice {
  pairId: string;
  mentee: string;
  mentor: string;
  status: string;
}

function cellText(value: SheetValue | undefined, timeZone: string): string {
  if (value instanceof Date) return isoDate(value, timeZone);
  return value === undefined ? '' : String(value).trim();
}

function pairsSheet(ctx: ActionContext) {
  const sheet = ctx.wb.sheet(SHEETS.pairs);
  if (sheet === null)
    throw new PlainError('There is no pairs sheet yet: run Dyad → Set up programme.');
  return { sheet, ...readSheet(sheet) };
}

/** Confirmed pairs that can still withdraw. */
export function withdrawablePairs(ctx: ActionContext): PairChoice[] {
  const { header, rows } = pairsSheet(ctx);
  const get = (row: SheetValue[], title: string) =>
    cellText(row[columnOf(header, title)], ctx.wb.timeZone);
  return rows
    .filter(
      (row) =>
        get(row, PAIRS.pairId) !== '' &&
        !['Withdrawn', 'Excluded'].includes(get(row, PAIRS.status)),
    )
    .map((row) => ({
      pairId: get(row, PAIRS.pairId),
      mentee: get(row, PAIRS.menteeEmail),
      mentor: get(row, PAIRS.mentorEmail),
      status: get(row, PAIRS.status) || 'Active',
    }));
}

export interface WithdrawalInput {
  pairId: string;
  date: string;
  reason: string;
  beyondControl: string;
}

export function recordWithdrawal(ctx: ActionContext, input: WithdrawalInput): string {
  const date = (input.date ?? '').trim();
  const reason = (input.reason ?? '').trim();
  if (!isValidIsoDate(date))
    throw new PlainError('Enter the withdrawal date as a real date (yyyy-mm-dd).');
  if (date > ctx.today) throw new PlainError('The withdrawal date cannot be in the future.');
  if (reason === '') throw new PlainError('Write the reason for the withdrawal.');
  if (input.beyondControl !== 'Yes' && input.beyondControl !== 'No') {
    throw new PlainError(
      "Say whether the withdrawal was beyond the programme's control (Yes or No).",
    );
  }
  const { sheet, header, rows } = pairsSheet(ctx);
  const index = rows.findIndex(
    (row) => cellText(row[columnOf(header, PAIRS.pairId)], ctx.wb.timeZone) === input.pairId,
  );
  if (index < 0) throw new PlainError(`There is no pair ${input.pairId} in the pairs sheet.`);
  const row = rows[index].map((cell) =>
    cell instanceof Date ? isoDate(cell, ctx.wb.timeZone) : cell,
  );
  row[columnOf(header, PAIRS.status)] = 'Withdrawn';
  row[columnOf(header, PAIRS.withdrawalDate)] = date;
  row[columnOf(header, PAIRS.withdrawalReason)] = reason;
  row[columnOf(header, PAIRS.beyondControl)] = input.beyondControl;
  writeTextRows(sheet, index + 2, header.length, [row]);
  return `Pair ${input.pairId} withdrawn on ${date} (beyond programme control: ${input.beyondControl})`;
}

/** The mid-pilot review's answer: was the admin burden escalated to the senior team? */
export function recordMidPilotReview(ctx: ActionContext, escalated: string): string {
  if (escalated !== 'Yes' && escalated !== 'No') throw new PlainError('Choose Yes or No.');
  const sheet = ctx.wb.sheet(SHEETS.programme);
  if (sheet === null)
    throw new PlainError('There is no programme sheet yet: run Dyad → Set up programme.');
  const { header, rows } = readSheet(sheet);
  const settingColumn = columnOf(header, PROGRAMME_COLUMNS.setting);
  const index = rows.findIndex(
    (row) => String(row[settingColumn]).trim() === PROGRAMME_SETTINGS.adminBurdenEscalated,
  );
  const rowNumber = index >= 0 ? index + 2 : rows.length + 2;
  writeTextRows(sheet, rowNumber, 2, [[PROGRAMME_SETTINGS.adminBurdenEscalated, escalated]]);
  return `Mid-pilot review: admin burden escalated to senior team = ${escalated}`;
}
