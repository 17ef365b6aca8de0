/**
 * The programme workbook a Lead on Microsoft 365 keeps beside the form exports (`dyad init`):
 * the protocol's `pairs`, `escalations` and `programme` sheets (section 3.6) with their
 * headers, drop-downs for every answer with fixed options, date cells for every date, the
 * programme settings pre-filled with the defaults, and a short "How to fill this" sheet.
 * The readers read it back like any export. No Node API, no clock read: the same
 * configuration always gives the same bytes.
 */
import type ExcelJS from 'exceljs';
import { DEFAULT_CONFIG, type ProtocolConfig } from '../core/config';
import {
  ESCALATION_STATUSES,
  ESCALATIONS,
  LEAD_SHEET_HEADERS,
  PAIR_STATUSES,
  PAIRS,
  PROGRAMME_SETTINGS,
  SHEETS,
} from '../core/instruments';
import { loadExcel } from './excel';
import { fixZipEntryTimes } from './zipEntryTimes';

export const PROGRAMME_WORKBOOK_FILE = 'programme.xlsx';
export const HOW_TO_SHEET = 'How to fill this';

/** Rows given drop-downs and date formats: far more than a pilot's pairs or escalations. */
const LAST_ROW = 1000;
const DATE_FORMAT = 'dd/mm/yyyy';
const WORKBOOK_DATE = new Date('2000-01-01T00:00:00Z');
const HEADER_FILL = 'FFE8EDEE';

type Validation = ExcelJS.DataValidation;
interface WithValidations {
  dataValidations: { add(range: string, validation: Validation): void };
}

function list(options: readonly string[], title: string): Validation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${options.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: title,
    error: `Choose one of: ${options.join(', ')}.`,
  };
}

function dateValidation(title: string): Validation {
  return {
    type: 'date',
    operator: 'greaterThan',
    allowBlank: true,
    formulae: [new Date(Date.UTC(2000, 0, 1))],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: title,
    error: 'Type a date, for example 12/01/2026.',
  };
}

const TRUE_FALSE = ['TRUE', 'FALSE'];
const YES_NO = ['Yes', 'No'];

function letter(index: number): string {
  let n = index + 1;
  let text = '';
  while (n > 0) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

function headed(
  workbook: ExcelJS.Workbook,
  name: string,
  header: readonly string[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]);
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  header.forEach((title, i) => {
    sheet.getColumn(i + 1).width = Math.max(14, Math.min(40, title.length + 4));
  });
  return sheet;
}

/** Drop-downs and date cells for a column of a table sheet, from row 2 down. */
function shape(
  sheet: ExcelJS.Worksheet,
  header: readonly string[],
  title: string,
  validation: Validation,
): void {
  const column = header.indexOf(title);
  const range = `${letter(column)}2:${letter(column)}${LAST_ROW}`;
  (sheet as unknown as WithValidations).dataValidations.add(range, validation);
  if (validation.type === 'date') sheet.getColumn(column + 1).numFmt = DATE_FORMAT;
}

function pairsSheet(workbook: ExcelJS.Workbook): void {
  const header = LEAD_SHEET_HEADERS.pairs;
  const sheet = headed(workbook, SHEETS.pairs, header);
  shape(sheet, header, PAIRS.confirmedByLead, list(TRUE_FALSE, PAIRS.confirmedByLead));
  shape(sheet, header, PAIRS.confirmedByTutor, list(TRUE_FALSE, PAIRS.confirmedByTutor));
  shape(sheet, header, PAIRS.status, list(PAIR_STATUSES, PAIRS.status));
  shape(sheet, header, PAIRS.withdrawalDate, dateValidation(PAIRS.withdrawalDate));
  shape(sheet, header, PAIRS.beyondControl, list(YES_NO, PAIRS.beyondControl));
}

function escalationsSheet(workbook: ExcelJS.Workbook): void {
  const header = LEAD_SHEET_HEADERS.escalations;
  const sheet = headed(workbook, SHEETS.escalations, header);
  shape(sheet, header, ESCALATIONS.raisedOn, dateValidation(ESCALATIONS.raisedOn));
  shape(sheet, header, ESCALATIONS.status, list(ESCALATION_STATUSES, ESCALATIONS.status));
  shape(sheet, header, ESCALATIONS.resolvedOn, dateValidation(ESCALATIONS.resolvedOn));
}

function programmeSheet(workbook: ExcelJS.Workbook, config: ProtocolConfig): void {
  const sheet = headed(workbook, SHEETS.programme, LEAD_SHEET_HEADERS.programme);
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 48;
  const validations = sheet as unknown as WithValidations;
  const rows: [string, ExcelJS.CellValue, Validation | null][] = [
    [
      PROGRAMME_SETTINGS.targetPairs,
      config.defaultTargetPairs,
      {
        type: 'whole',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [0],
        showErrorMessage: true,
        error: 'Type a whole number of pairs.',
      },
    ],
    [PROGRAMME_SETTINGS.pilotStart, null, dateValidation(PROGRAMME_SETTINGS.pilotStart)],
    [PROGRAMME_SETTINGS.pilotEnd, null, dateValidation(PROGRAMME_SETTINGS.pilotEnd)],
    [
      PROGRAMME_SETTINGS.adminBurdenEscalated,
      null,
      list(YES_NO, PROGRAMME_SETTINGS.adminBurdenEscalated),
    ],
    [PROGRAMME_SETTINGS.committeeDecision, null, null],
    [
      PROGRAMME_SETTINGS.committeeDecisionDate,
      null,
      dateValidation(PROGRAMME_SETTINGS.committeeDecisionDate),
    ],
  ];
  rows.forEach(([setting, value, validation], i) => {
    const row = sheet.addRow([setting, value]);
    if (validation === null) return;
    validations.dataValidations.add(`B${i + 2}`, validation);
    if (validation.type === 'date') row.getCell(2).numFmt = DATE_FORMAT;
  });
}

const HOW_TO = [
  'How to fill this workbook',
  '',
  'Keep this workbook in the same folder as the Microsoft Forms exports. Dyad reads the sheets pairs, escalations and programme from it; it does not read this sheet.',
  'Do not rename the column titles in row 1, and do not merge cells: each row is one pair, one escalation or one setting.',
  '',
  'programme: fill in the pilot start and end dates (dd/mm/yyyy). Target pairs is the protocol default; change it only if the protocol was adapted before launch. Admin burden escalated to senior team: Yes or No at the mid-pilot review; leave it empty until then. Committee decision and its date: after the committee meets.',
  "pairs: one row per pair, from the proposals in matches.xlsx that you and the IMG Tutor agree. A pair counts only when Confirmed by lead and Confirmed by IMG tutor are both TRUE and the Rationale says why. Status: Active, then Completed; Withdrawn with the withdrawal date, the reason and whether it was beyond the programme's control; Excluded to tell Dyad never to propose that mentee with that mentor.",
  'escalations: one row each time a check-in answers Yes to "Do you have a concern that needs escalating?" or a concern reaches you another way. Raised on and Resolved on are dates; Status is Open until it is Resolved; Trust channel and Action taken say where it went and what was done.',
  '',
  'Drop-downs offer the only answers Dyad reads; date columns take dates. Anything Dyad cannot read is listed as an import issue with the sheet and the row, never silently dropped.',
];

function howToSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(HOW_TO_SHEET);
  sheet.getColumn(1).width = 110;
  for (const line of HOW_TO) sheet.addRow([line]).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(1).font = { bold: true, size: 14 };
}

export async function programmeWorkbookBytes(
  config: ProtocolConfig = DEFAULT_CONFIG,
): Promise<Uint8Array> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = workbook.lastModifiedBy = 'Dyad';
  workbook.title = "Mentorship programme: the Lead's sheets";
  workbook.created = workbook.modified = WORKBOOK_DATE;
  howToSheet(workbook);
  programmeSheet(workbook, config);
  pairsSheet(workbook);
  escalationsSheet(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer.byteLength);
  bytes.set(new Uint8Array(buffer as ArrayBuffer));
  return fixZipEntryTimes(bytes, WORKBOOK_DATE);
}
