/** The programme spreadsheet for one action: sheets looked up once each, and its time zone. */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Workbook {
  ss: Spreadsheet;
  timeZone: string;
  /** The named sheet, or null when it does not exist (looked up once per action). */
  sheet(name: string): Sheet | null;
  /** Forget a cached lookup after a sheet was created. */
  remember(name: string, sheet: Sheet): void;
}

export function openWorkbook(ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): Workbook {
  const cache = new Map<string, Sheet | null>();
  return {
    ss,
    timeZone: ss.getSpreadsheetTimeZone(),
    sheet(name) {
      if (!cache.has(name)) cache.set(name, ss.getSheetByName(name));
      return cache.get(name) ?? null;
    },
    remember(name, sheet) {
      cache.set(name, sheet);
    },
  };
}
