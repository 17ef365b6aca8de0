/**
 * Dates between Sheets and the core. Sheets hands back Date objects that are real instants, read
 * in the spreadsheet's time zone; the core wants a Date whose UTC fields are the wall-clock
 * values (src/core/records.ts), and ISO dates as text.
 */
import type { IsoDate } from '../../core/records';

/** The core's convention: the wall-clock time in `timeZone`, stored as if it were UTC. */
export function toWallClockDate(date: Date, timeZone: string): Date {
  return new Date(`${Utilities.formatDate(date, timeZone, "yyyy-MM-dd'T'HH:mm:ss")}Z`);
}

export function isoDate(date: Date, timeZone: string): IsoDate {
  return Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
}

/** How a form's Timestamp is written into the instrument sheets: UK, as the protocol reads it. */
export function timestampText(date: Date, timeZone: string): string {
  return Utilities.formatDate(date, timeZone, 'dd/MM/yyyy HH:mm:ss');
}

/** A readable moment for the audit log and the reminders sheet. */
export function momentText(date: Date, timeZone: string): string {
  return Utilities.formatDate(date, timeZone, 'yyyy-MM-dd HH:mm:ss');
}

/** Days from `from` to `to` (both ISO dates). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

/** A date answer read back as text: midnight means a calendar date, anything else a moment. */
export function dateCellText(date: Date, timeZone: string): string {
  const clock = Utilities.formatDate(date, timeZone, 'HH:mm:ss');
  return clock === '00:00:00' ? isoDate(date, timeZone) : momentText(date, timeZone);
}
