/**
 * The Lead-only parts of the programme spreadsheet, protected so that only the Leads can change
 * them: the programme settings (the "Programme leads" row included), the protocol configuration
 * and the Lead's confirmation column of the pairs sheet. The IMG Tutor's confirmation column
 * can be changed by the Tutor (and the Leads, who keep the sheet). Every editor can still read
 * these sheets; what the Tutor must not read lives in the private spreadsheet instead.
 */
import { PAIRS, SHEETS } from '../../core/instruments';
import type { People } from './access';
import { ADDON_SHEETS } from './addonSheets';
import { columnOf, readHeader } from './sheetIo';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

export const PROTECTIONS = {
  programme: 'Dyad: programme settings (Programme Leads only)',
  protocol: 'Dyad: protocol configuration (Programme Leads only)',
  leadColumn: 'Dyad: confirmed by lead (Programme Leads only)',
  tutorColumn: 'Dyad: confirmed by IMG tutor (the IMG Tutor and the Leads)',
} as const;

export interface ProtectionPlan {
  description: string;
  sheet: string;
  /** The column title, for a column's protection; null for the whole sheet. */
  column: string | null;
  editors: string[];
}

export function protectionPlan(people: People): ProtectionPlan[] {
  const leads = [...people.leads];
  const tutorAndLeads = people.tutor === '' ? leads : [people.tutor, ...leads];
  return [
    { description: PROTECTIONS.programme, sheet: SHEETS.programme, column: null, editors: leads },
    {
      description: PROTECTIONS.protocol,
      sheet: ADDON_SHEETS.protocol,
      column: null,
      editors: leads,
    },
    {
      description: PROTECTIONS.leadColumn,
      sheet: SHEETS.pairs,
      column: PAIRS.confirmedByLead,
      editors: leads,
    },
    {
      description: PROTECTIONS.tutorColumn,
      sheet: SHEETS.pairs,
      column: PAIRS.confirmedByTutor,
      editors: tutorAndLeads,
    },
  ];
}

/** The sheet's protection with that description (sheet-wide or a range), or null. */
export function findProtection(sheet: Sheet, description: string): Protection | null {
  const all = [
    ...sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET),
    ...sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE),
  ];
  return all.find((p) => p.getDescription() === description) ?? null;
}

function newProtection(sheet: Sheet, plan: ProtectionPlan): Protection | null {
  if (plan.column === null) return sheet.protect().setDescription(plan.description);
  const column = columnOf(readHeader(sheet), plan.column);
  if (column < 0) return null;
  return sheet
    .getRange(1, column + 1, sheet.getMaxRows(), 1)
    .protect()
    .setDescription(plan.description);
}

/** Makes the protection's editors exactly `editors` (the owner always stays, as Google keeps it). */
function setEditors(protection: Protection, editors: readonly string[]): void {
  const me = Session.getEffectiveUser().getEmail().trim().toLowerCase();
  const wanted = [...new Set([me, ...editors])];
  protection.addEditors(wanted);
  const extra = protection
    .getEditors()
    .map((user) => user.getEmail().trim().toLowerCase())
    .filter((email) => !wanted.includes(email));
  if (extra.length > 0) protection.removeEditors(extra);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** Protects the Lead-only parts for `people`; returns the protections made or changed. */
/**
 * Protects the Lead-only parts for `people`, as far as the caller may (only a protection's
 * editors can change it); returns what could not be done, for a Lead's next action to finish.
 */
export function protectLeadOnlyParts(wb: Workbook, people: People): string[] {
  const failed: string[] = [];
  for (const plan of protectionPlan(people)) {
    const sheet = wb.sheet(plan.sheet);
    if (sheet === null) continue;
    try {
      const protection = findProtection(sheet, plan.description) ?? newProtection(sheet, plan);
      if (protection !== null) setEditors(protection, plan.editors);
    } catch {
      failed.push(`protection "${plan.description}" could not be updated from this account`);
    }
  }
  return failed;
}
