/**
 * Dates in an `.xlsx` workbook: a date is a number of days since 1899-12-30 (or since 1904-01-01
 * in a "1904 date system" workbook) whose cell has a date number format.
 */

const DAYS_1899_TO_UNIX_EPOCH = 25569;
const DAYS_1900_TO_1904_SYSTEM = 1462;

/** Built-in number formats that show a date or time (ECMA-376 part 1, 18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Does the number format show a date or time? A custom format does when, once its quoted text,
 * bracketed parts (colours, locales, conditions) and escaped or padding characters are set
 * aside, it still holds a date or time letter.
 */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (formatCode === undefined) return BUILT_IN_DATE_FORMATS.has(numFmtId);
  const bare = formatCode
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/[\\_*]./g, '');
  return /[ymdhsb]/i.test(bare.replace(/General/gi, ''));
}

/**
 * The date a serial number stands for, with the wall-clock date and time the sheet shows held
 * in the UTC fields (the same convention the rest of the local reader uses); null when the
 * number is too far from today to be a date at all.
 */
export function dateFromSerial(serial: number, date1904: boolean): Date | null {
  const days = serial - DAYS_1899_TO_UNIX_EPOCH + (date1904 ? DAYS_1900_TO_1904_SYSTEM : 0);
  // Multiplied in exceljs's order, so that a date reads the same here as there, to the millisecond.
  const date = new Date(Math.round(days * 24 * 3600 * 1000));
  return Number.isNaN(date.getTime()) ? null : date;
}
