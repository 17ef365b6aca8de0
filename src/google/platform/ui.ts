/** What the Lead sees: alerts in plain words, progress as toasts. */
export function alertLead(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('Dyad', message, ui.ButtonSet.OK);
}

export function toast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string): void {
  ss.toast(message, 'Dyad', 8);
}
