/**
 * Set up programme: the five forms (linked to this spreadsheet), the Lead's sheets with their
 * headers, checkboxes and drop-downs, and the triggers. Everything that already exists is
 * left as it is, so running it twice changes nothing.
 */
import { DEFAULT_CONFIG } from '../../core/config';
import {
  ESCALATION_STATUSES,
  ESCALATIONS,
  LEAD_SHEET_HEADERS,
  PAIR_STATUSES,
  PAIRS,
  PROGRAMME_SETTINGS,
  SHEETS,
} from '../../core/instruments';
import { activeEmail, readPeople, requireRole } from '../platform/access';
import {
  ADDON_SHEETS,
  AUDIT_HEADER,
  COMMITTEE_SUMMARY_SETTING,
  DEVIATION_HEADER,
  IMPORT_ISSUE_HEADER,
  PROPOSAL_HEADER,
  REMINDER_HEADER,
} from '../platform/addonSheets';
import { appendAudit } from '../platform/audit';
import { withDocumentLock } from '../platform/documentLock';
import { PlainError, plainMessage } from '../platform/errors';
import { formSpecs, instrumentHeader, type FormKey, type FormSpec } from './formSpecs';
import { buildForm, isLinkedTo } from './forms';
import { initialProtocolRows, loadProtocol } from '../platform/protocolConfig';
import { columnOf, ensureSheet, readSheet, writeTextRows } from '../platform/sheetIo';
import { ensureCheckInTrigger, ensureWeeklyTriggerState } from './triggers';
import { alertLead, toast } from '../platform/ui';
import { openWorkbook, type Workbook } from '../platform/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const FORM_PROPERTY_PREFIX = 'dyad.form.';
/** Rows below the header that get checkboxes and drop-downs. */
const VALIDATED_ROWS = 999;

export function formIdProperty(key: FormKey): string {
  return FORM_PROPERTY_PREFIX + key;
}

/** The programme's form of that kind, or null when set-up has not made it (or it was deleted). */
export function openProgrammeForm(key: FormKey): GoogleAppsScript.Forms.Form | null {
  const id = PropertiesService.getDocumentProperties().getProperty(formIdProperty(key));
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch {
    return null;
  }
}

export const FORM_LINK_SETTINGS: Record<FormKey, string> = {
  menteeApplication: 'Mentee application form',
  mentorApplication: 'Mentor application form',
  checkIn: 'Meeting check-in form',
  menteeFeedback: 'Mentee feedback form',
  mentorFeedback: 'Mentor feedback form',
};

function programmeRows(user: string): string[][] {
  return [
    [PROGRAMME_SETTINGS.targetPairs, String(DEFAULT_CONFIG.defaultTargetPairs)],
    [PROGRAMME_SETTINGS.pilotStart, ''],
    [PROGRAMME_SETTINGS.pilotEnd, ''],
    [PROGRAMME_SETTINGS.adminBurdenEscalated, ''],
    [PROGRAMME_SETTINGS.committeeDecision, ''],
    [PROGRAMME_SETTINGS.committeeDecisionDate, ''],
    [PROGRAMME_SETTINGS.leads, user],
    [PROGRAMME_SETTINGS.tutor, ''],
    [PROGRAMME_SETTINGS.committeeMembers, ''],
    [COMMITTEE_SUMMARY_SETTING, ''],
  ];
}

/** Adds the settings the programme sheet lacks; records the first Lead when none is named. */
function setUpProgrammeSheet(sheet: Sheet, user: string, created: string[]): void {
  const { header, rows } = readSheet(sheet);
  const settingColumn = columnOf(header, 'Setting');
  const valueColumn = columnOf(header, 'Value');
  const present = rows.map((row) =>
    String(row[settingColumn] ?? '')
      .trim()
      .toLowerCase(),
  );
  const missing = programmeRows(user).filter(
    ([setting]) => !present.includes(setting.toLowerCase()),
  );
  if (missing.length > 0) {
    writeTextRows(sheet, rows.length + 2, 2, missing);
    created.push(`programme settings (${missing.map(([s]) => s).join(', ')})`);
  }
  const leadsRow = present.indexOf(PROGRAMME_SETTINGS.leads.toLowerCase());
  if (leadsRow >= 0 && String(rows[leadsRow][valueColumn] ?? '').trim() === '') {
    sheet.getRange(leadsRow + 2, valueColumn + 1).setValue(user);
    created.push(`first Programme Lead (${user})`);
  }
}

function validationRange(
  sheet: Sheet,
  header: readonly string[],
  title: string,
): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(2, header.indexOf(title) + 1, VALIDATED_ROWS, 1);
}

function addPairsValidation(sheet: Sheet): void {
  const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().build();
  validationRange(sheet, LEAD_SHEET_HEADERS.pairs, PAIRS.confirmedByLead).setDataValidation(
    checkbox,
  );
  validationRange(sheet, LEAD_SHEET_HEADERS.pairs, PAIRS.confirmedByTutor).setDataValidation(
    checkbox,
  );
  const status = SpreadsheetApp.newDataValidation()
    .requireValueInList([...PAIR_STATUSES], true)
    .setAllowInvalid(false)
    .build();
  validationRange(sheet, LEAD_SHEET_HEADERS.pairs, PAIRS.status).setDataValidation(status);
  const yesNo = SpreadsheetApp.newDataValidation()
    .requireValueInList(['Yes', 'No'], true)
    .setAllowInvalid(false)
    .build();
  validationRange(sheet, LEAD_SHEET_HEADERS.pairs, PAIRS.beyondControl).setDataValidation(yesNo);
}

function addEscalationValidation(sheet: Sheet): void {
  const status = SpreadsheetApp.newDataValidation()
    .requireValueInList([...ESCALATION_STATUSES], true)
    .setAllowInvalid(false)
    .build();
  validationRange(sheet, LEAD_SHEET_HEADERS.escalations, ESCALATIONS.status).setDataValidation(
    status,
  );
}

function setUpSheets(wb: Workbook, specs: FormSpec[], user: string, created: string[]): void {
  const ensure = (
    name: string,
    header: readonly string[],
    onCreate?: (sheet: Sheet) => void,
  ): Sheet => {
    const result = ensureSheet(wb.ss, name, header);
    wb.remember(name, result.sheet);
    if (result.created) {
      created.push(`sheet ${name}`);
      onCreate?.(result.sheet);
    } else if (result.added.length > 0) {
      created.push(`columns ${result.added.join(', ')} in ${name}`);
    }
    return result.sheet;
  };
  const programme = ensure(SHEETS.programme, LEAD_SHEET_HEADERS.programme);
  setUpProgrammeSheet(programme, user, created);
  ensure(SHEETS.pairs, LEAD_SHEET_HEADERS.pairs, addPairsValidation);
  ensure(SHEETS.escalations, LEAD_SHEET_HEADERS.escalations, addEscalationValidation);
  for (const spec of specs) ensure(spec.sheet, instrumentHeader(spec));
  ensure(ADDON_SHEETS.proposals, PROPOSAL_HEADER);
  ensure(ADDON_SHEETS.importIssues, IMPORT_ISSUE_HEADER);
  ensure(ADDON_SHEETS.auditLog, AUDIT_HEADER);
  ensure(ADDON_SHEETS.reminders, REMINDER_HEADER);
  ensure(ADDON_SHEETS.protocol, ['Setting', 'Value'], (sheet) =>
    writeTextRows(sheet, 2, 2, initialProtocolRows()),
  );
  ensure(ADDON_SHEETS.deviations, DEVIATION_HEADER);
}

/** Names the response sheet Google created for the form, so the Lead can tell them apart. */
function nameResponseSheet(wb: Workbook, form: GoogleAppsScript.Forms.Form, spec: FormSpec): void {
  SpreadsheetApp.flush();
  const linked = wb.ss.getSheets().find((sheet) => isLinkedTo(sheet.getFormUrl(), form));
  const name = `responses: ${spec.sheet}`;
  if (linked && wb.ss.getSheetByName(name) === null) linked.setName(name);
}

function setUpForms(
  wb: Workbook,
  specs: FormSpec[],
  created: string[],
): GoogleAppsScript.Forms.Form | null {
  const properties = PropertiesService.getDocumentProperties();
  const newLinks: string[][] = [];
  let checkIn: GoogleAppsScript.Forms.Form | null = null;
  for (const spec of specs) {
    let form = openProgrammeForm(spec.key);
    if (form === null) {
      form = buildForm(spec, wb.ss.getId());
      properties.setProperty(formIdProperty(spec.key), form.getId());
      nameResponseSheet(wb, form, spec);
      newLinks.push([FORM_LINK_SETTINGS[spec.key], form.getPublishedUrl()]);
      created.push(`form "${spec.title}"`);
    }
    if (spec.key === 'checkIn') checkIn = form;
  }
  const programme = wb.sheet(SHEETS.programme);
  if (programme !== null && newLinks.length > 0) {
    writeTextRows(programme, programme.getLastRow() + 1, 2, newLinks);
  }
  return checkIn;
}

function setUp(): string {
  return withDocumentLock(() => {
    const wb = openWorkbook();
    const people = readPeople(wb);
    const user = people.leads.length === 0 ? activeEmail() : requireRole(wb, ['lead']).email;
    if (user === '')
      throw new PlainError(
        'Dyad cannot tell which Google account you are using; sign in and try again.',
      );
    const created: string[] = [];
    setUpSheets(wb, formSpecs(DEFAULT_CONFIG), user, created);
    const specs = formSpecs(loadProtocol(wb, user, new Date()).config);
    const checkIn = setUpForms(wb, specs, created);
    if (checkIn !== null && ensureCheckInTrigger(checkIn)) created.push('check-in trigger');
    if (ensureWeeklyTriggerState()) created.push('weekly reminder trigger');
    if (created.length === 0) return 'Dyad is already set up here: nothing was changed.';
    appendAudit(wb, user, 'Set up programme', `Created ${created.join('; ')}`);
    return `Programme set up: ${created.length} things created. Share the form links in the programme sheet with mentees and mentors.`;
  });
}

/** Menu: Dyad → Set up programme. */
export function setUpProgramme(): void {
  try {
    const message = setUp();
    toast(SpreadsheetApp.getActiveSpreadsheet(), message);
  } catch (error) {
    alertLead(plainMessage(error));
  }
}
