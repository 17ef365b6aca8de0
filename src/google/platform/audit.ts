/** The audit log: every Lead action, appended with who, when and what. */
import { ADDON_SHEETS, AUDIT_HEADER } from './addonSheets';
import { momentText } from './dates';
import { appendTextRows, ensureSheet } from './sheetIo';
import type { Workbook } from './workbook';

export function appendAudit(
  wb: Workbook,
  who: string,
  action: string,
  details: string,
  when = new Date(),
): void {
  const sheet =
    wb.sheet(ADDON_SHEETS.auditLog) ??
    ensureSheet(wb.ss, ADDON_SHEETS.auditLog, AUDIT_HEADER).sheet;
  wb.remember(ADDON_SHEETS.auditLog, sheet);
  const dataRows = Math.max(sheet.getLastRow() - 1, 0);
  appendTextRows(sheet, dataRows, AUDIT_HEADER.length, [
    [momentText(when, wb.timeZone), who, action, details],
  ]);
}
