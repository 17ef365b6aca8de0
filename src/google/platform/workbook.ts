/**
 * The programme for one action: the programme spreadsheet (the Leads and the IMG Tutor edit it)
 * and, for the Leads, the private spreadsheet that holds the check-ins (wellbeing pulse,
 * concern text) and the escalations. Sheets are looked up once each, in whichever of the two
 * holds them, so the Lead's screens read both without knowing where each sheet lives.
 */
import { SHEETS } from '../../core/instruments';
import { PlainError } from './errors';
import { openRecordedSpreadsheet } from './files';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The response sheet of the check-in form, in the private spreadsheet. */
export const CHECK_IN_RESPONSES = `responses: ${SHEETS.checkIn}`;

/** The sheets that live in the Leads-only private spreadsheet, never in the programme spreadsheet. */
export const PRIVATE_SHEETS: readonly string[] = [SHEETS.checkIn, SHEETS.escalations];

export interface Workbook {
  /** The programme spreadsheet. */
  ss: Spreadsheet;
  timeZone: string;
  /** The spreadsheet's locale (File → Settings), which says how a typed date is written. */
  locale: string;
  /** The named sheet, or null when it does not exist (looked up once per action). */
  sheet(name: string): Sheet | null;
  /** Forget a cached lookup after a sheet was created. */
  remember(name: string, sheet: Sheet): void;
  /** The spreadsheet that holds (or will hold) the named sheet; throws when it cannot be opened. */
  home(name: string): Spreadsheet;
  /** The private spreadsheet, or null when Set up has not made it yet. */
  privateSpreadsheet(): Spreadsheet | null;
}

export function isPrivateSheet(name: string): boolean {
  return PRIVATE_SHEETS.includes(name);
}

export function openWorkbook(ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): Workbook {
  const cache = new Map<string, Sheet | null>();
  let privateSs: Spreadsheet | null = null;
  const privateSpreadsheet = (): Spreadsheet | null => {
    if (!privateSs) privateSs = openRecordedSpreadsheet('private');
    return privateSs;
  };
  const home = (name: string): Spreadsheet => {
    if (!isPrivateSheet(name)) return ss;
    const found = privateSpreadsheet();
    if (found === null) {
      throw new PlainError(
        'The Leads-only private spreadsheet has not been made yet: run Dyad → Set up programme.',
      );
    }
    return found;
  };
  return {
    ss,
    timeZone: ss.getSpreadsheetTimeZone(),
    locale: ss.getSpreadsheetLocale(),
    sheet(name) {
      if (!cache.has(name)) {
        const holder = isPrivateSheet(name) ? privateSpreadsheet() : ss;
        cache.set(name, holder === null ? null : holder.getSheetByName(name));
      }
      return cache.get(name) ?? null;
    },
    remember(name, sheet) {
      cache.set(name, sheet);
    },
    home,
    privateSpreadsheet,
  };
}
