/**
 * A copy of a set-up programme spreadsheet ("Make a copy" of the published template) knows it
 * is a copy: the spreadsheet id Set up recorded is not its own. Set up then starts it afresh:
 * none of the template's properties (form ids, files, people, triggers' owners), no response
 * sheet linked to the template's forms, no responses or rows of the template, and no
 * Programme Lead, IMG Tutor or committee of the template.
 */
import { PROGRAMME_COLUMNS, PROGRAMME_SETTINGS, SHEETS } from '../../core/instruments';
import { ADDON_SHEETS, COMMITTEE_SUMMARY_SETTING } from '../platform/addonSheets';
import { forgetEverything, PROGRAMME_ID_PROPERTY } from '../platform/files';
import { columnOf, readSheet, writeTextRows } from '../platform/sheetIo';
import type { Workbook } from '../platform/workbook';

/** Settings of the template that name its people or its files. */
const TEMPLATE_SETTINGS: readonly string[] = [
  PROGRAMME_SETTINGS.leads,
  PROGRAMME_SETTINGS.tutor,
  PROGRAMME_SETTINGS.committeeMembers,
  COMMITTEE_SUMMARY_SETTING,
  'Mentee application form',
  'Mentor application form',
  'Meeting check-in form',
  'Mentee feedback form',
  'Mentor feedback form',
];

/** Sheets whose rows are the template's data, emptied in a copy (headers kept). */
const DATA_SHEETS: readonly string[] = [
  SHEETS.menteeApplication,
  SHEETS.mentorApplication,
  SHEETS.menteeFeedback,
  SHEETS.mentorFeedback,
  SHEETS.checkIn,
  SHEETS.escalations,
  SHEETS.pairs,
  ADDON_SHEETS.proposals,
  ADDON_SHEETS.importIssues,
  ADDON_SHEETS.auditLog,
  ADDON_SHEETS.reminders,
  ADDON_SHEETS.deviations,
];

export function isCopy(wb: Workbook): boolean {
  const recorded = PropertiesService.getDocumentProperties().getProperty(PROGRAMME_ID_PROPERTY);
  return recorded !== null && recorded !== wb.ss.getId();
}

function clearTemplateSettings(wb: Workbook): void {
  const sheet = wb.sheet(SHEETS.programme);
  if (sheet === null) return;
  const { header, rows } = readSheet(sheet);
  const setting = columnOf(header, PROGRAMME_COLUMNS.setting);
  rows.forEach((row, i) => {
    if (TEMPLATE_SETTINGS.includes(String(row[setting]).trim())) {
      writeTextRows(sheet, i + 2, 2, [[String(row[setting]), '']]);
    }
  });
}

/** Unlinks and removes the response sheets of the template's forms; returns how many. */
function dropTemplateResponseSheets(wb: Workbook): number {
  let dropped = 0;
  for (const sheet of wb.ss.getSheets()) {
    const url = sheet.getFormUrl();
    if (url === null) continue;
    try {
      FormApp.openByUrl(url).removeDestination();
    } catch {
      // the template's form cannot be opened from the copy: the sheet is removed all the same
    }
    wb.ss.deleteSheet(sheet);
    dropped++;
  }
  return dropped;
}

/** Starts a copied spreadsheet afresh; null when this is not a copy. */
export function startCopyAfresh(wb: Workbook): string | null {
  if (!isCopy(wb)) return null;
  forgetEverything();
  const responseSheets = dropTemplateResponseSheets(wb);
  for (const name of DATA_SHEETS) {
    const sheet = wb.ss.getSheetByName(name);
    if (sheet !== null && sheet.getLastRow() > 1) {
      sheet
        .getRange(2, 1, sheet.getLastRow() - 1, Math.max(sheet.getLastColumn(), 1))
        .clearContent();
    }
  }
  clearTemplateSettings(wb);
  return `a fresh start in this copy of a set-up spreadsheet (the template's settings, people, ${responseSheets} response sheets and rows removed)`;
}
