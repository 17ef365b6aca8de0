/**
 * Set up programme: the Leads-only private spreadsheet, the five forms (published; the check-in
 * form answering into the private spreadsheet, the others into this one), the Lead's sheets
 * with their headers, checkboxes and drop-downs, the sharing of every file with every Lead, the
 * protections and the triggers. Everything that already exists is left as it is, so running it
 * twice changes nothing, whichever Lead runs it; each file is recorded the moment it is made,
 * so a Set up stopped half way resumes where it stopped.
 */
import { DEFAULT_CONFIG } from '../../core/config';
import {
  ESCALATION_STATUSES,
  ESCALATIONS,
  LEAD_SHEET_HEADERS,
  PAIR_STATUSES,
  PAIRS,
  PROGRAMME_COLUMNS,
  PROGRAMME_INFORMATION_ROWS,
  PROGRAMME_SETTINGS,
  SHEETS,
} from '../../core/instruments';
import {
  activeEmail,
  confirmedPeople,
  peopleInForce,
  readPeople,
  recordPeople,
  requireRole,
  samePeople,
} from '../platform/access';
import { describePeopleChange, shareAsPeopleSay } from '../platform/action';
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
import {
  cannotOpen,
  formIdProperty,
  PROGRAMME_ID_PROPERTY,
  recordFile,
  recordOwner,
} from '../platform/files';
import { formSpecs, instrumentHeader, type FormKey, type FormSpec } from './formSpecs';
import { destinationOf, emptyForm, fillForm, isLinkedTo, openToResponses } from './forms';
import { initialProtocolRows, loadProtocol } from '../platform/protocolConfig';
import { columnOf, ensureGrid, ensureSheet, readSheet, writeTextRows } from '../platform/sheetIo';
import { ensureCheckInTrigger, ensureEditTrigger, ensureWeeklyTriggerState } from './triggers';
import { alertLead, toast } from '../platform/ui';
import { isPrivateSheet, openWorkbook, type Workbook } from '../platform/workbook';
import { startCopyAfresh } from './templateCopy';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Form = GoogleAppsScript.Forms.Form;

/** Rows below the header that get checkboxes and drop-downs. */
const VALIDATED_ROWS = 999;
const FORM_STATE_PREFIX = 'dyad.formState.';
const BUILDING = 'building';
/** The settings the Lead types as dates: formatted as dates so Sheets keeps what is typed as a date. */
const DATE_SETTINGS: readonly string[] = [
  PROGRAMME_SETTINGS.pilotStart,
  PROGRAMME_SETTINGS.pilotEnd,
  PROGRAMME_SETTINGS.committeeDecisionDate,
];
export const DATE_FORMAT = 'yyyy-mm-dd';

export { formIdProperty };

/**
 * The programme's form of that kind, or null when Set up has not made it. A form that exists
 * but cannot be opened by the caller is refused in words naming its owner.
 */
export function openProgrammeForm(key: FormKey): Form | null {
  const id = PropertiesService.getDocumentProperties().getProperty(formIdProperty(key));
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch {
    throw cannotOpen(`the form "${FORM_LINK_SETTINGS[key]}"`, id);
  }
}

export const FORM_LINK_SETTINGS: Record<FormKey, string> = {
  menteeApplication: PROGRAMME_INFORMATION_ROWS.menteeApplicationForm,
  mentorApplication: PROGRAMME_INFORMATION_ROWS.mentorApplicationForm,
  checkIn: PROGRAMME_INFORMATION_ROWS.checkInForm,
  menteeFeedback: PROGRAMME_INFORMATION_ROWS.menteeFeedbackForm,
  mentorFeedback: PROGRAMME_INFORMATION_ROWS.mentorFeedbackForm,
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
  ensureGrid(sheet, VALIDATED_ROWS + 1, header.length);
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

/** Formats the date settings' value cells as dates, so what the Lead types there is a date cell. */
function formatDateSettings(sheet: Sheet): void {
  const { header, rows } = readSheet(sheet);
  const setting = columnOf(header, PROGRAMME_COLUMNS.setting);
  const value = columnOf(header, PROGRAMME_COLUMNS.value);
  rows.forEach((row, i) => {
    if (DATE_SETTINGS.includes(String(row[setting]).trim()) && !(row[value] instanceof Date)) {
      const cell = sheet.getRange(i + 2, value + 1);
      if (String(row[value]).trim() === '') cell.setNumberFormat(DATE_FORMAT);
    }
  });
}

function setUpSheets(wb: Workbook, specs: FormSpec[], user: string, created: string[]): void {
  const ensure = (
    name: string,
    header: readonly string[],
    onCreate?: (sheet: Sheet) => void,
  ): Sheet => {
    const result = ensureSheet(wb.home(name), name, header);
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
  formatDateSettings(programme);
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

/**
 * The Leads-only private spreadsheet: made once, recorded at once with its maker, in the
 * programme's time zone. The check-in form answers into it and it holds the escalations.
 */
function ensurePrivateSpreadsheet(wb: Workbook, user: string, created: string[]): Spreadsheet {
  const existing = wb.privateSpreadsheet();
  if (existing !== null) return existing;
  const ss = SpreadsheetApp.create(`Dyad private (Programme Leads only): ${wb.ss.getName()}`);
  recordFile('private', ss.getId(), user);
  created.push('the Leads-only private spreadsheet');
  return wb.privateSpreadsheet() ?? ss;
}

/** Removes the blank sheet a new spreadsheet starts with, once Dyad's own sheets exist. */
function dropBlankSheets(ss: Spreadsheet, keep: readonly string[]): void {
  for (const sheet of ss.getSheets()) {
    const blank = sheet.getLastRow() === 0 && sheet.getFormUrl() === null;
    if (blank && !keep.includes(sheet.getName()) && ss.getSheets().length > 1)
      ss.deleteSheet(sheet);
  }
}

/** Names the response sheet Google created for the form, so the Lead can tell them apart. */
function nameResponseSheet(holder: Spreadsheet, form: Form, spec: FormSpec): void {
  SpreadsheetApp.flush();
  const linked = holder.getSheets().find((sheet) => isLinkedTo(sheet.getFormUrl(), form));
  const name = `responses: ${spec.sheet}`;
  if (linked && holder.getSheetByName(name) === null) linked.setName(name);
}

/** Whether an unfinished form already holds every item of its spec (it stopped after filling). */
function hasEveryItem(form: Form, spec: FormSpec): boolean {
  const titles = form.getItems().map((item) => item.getTitle());
  return spec.items.every((item) => titles.includes(item.title));
}

/**
 * The form of that kind, made (or, after an interrupted Set up, finished) and linked to
 * `holder`; each step is recorded before the next, so nothing is ever orphaned.
 */
function ensureForm(
  spec: FormSpec,
  holder: Spreadsheet,
  user: string,
  created: string[],
): { form: Form; fresh: boolean } {
  const properties = PropertiesService.getDocumentProperties();
  const stateKey = FORM_STATE_PREFIX + spec.key;
  let form = openProgrammeForm(spec.key);
  if (form !== null && properties.getProperty(stateKey) !== BUILDING) {
    if (openToResponses(form)) created.push(`form "${spec.title}" published`);
    return { form, fresh: false };
  }
  if (form === null) {
    form = FormApp.create(spec.title);
    properties.setProperty(formIdProperty(spec.key), form.getId());
    properties.setProperty(stateKey, BUILDING);
    recordOwner(form.getId(), user);
  }
  if (!hasEveryItem(form, spec)) {
    emptyForm(form);
    fillForm(form, spec);
  }
  if (destinationOf(form) !== holder.getId()) {
    form.setDestination(FormApp.DestinationType.SPREADSHEET, holder.getId());
  }
  openToResponses(form);
  nameResponseSheet(holder, form, spec);
  properties.deleteProperty(stateKey);
  created.push(`form "${spec.title}"`);
  return { form, fresh: true };
}

function setUpForms(wb: Workbook, specs: FormSpec[], user: string, created: string[]): Form | null {
  const newLinks: string[][] = [];
  let checkIn: Form | null = null;
  for (const spec of specs) {
    const { form, fresh } = ensureForm(spec, wb.home(spec.sheet), user, created);
    if (fresh) newLinks.push([FORM_LINK_SETTINGS[spec.key], form.getPublishedUrl()]);
    if (spec.key === 'checkIn') checkIn = form;
  }
  const programme = wb.sheet(SHEETS.programme);
  if (programme !== null && newLinks.length > 0) {
    const present = readSheet(programme).rows.map((row) => String(row[0]).trim());
    const fresh = newLinks.filter(([setting]) => !present.includes(setting));
    const stale = newLinks.filter(([setting]) => present.includes(setting));
    stale.forEach(([setting, url]) =>
      writeTextRows(programme, present.indexOf(setting) + 2, 2, [[setting, url]]),
    );
    writeTextRows(programme, present.length + 2, 2, fresh);
  }
  return checkIn;
}

/** Who runs Set up: anyone in a programme with no Lead yet (they become its first Lead), else a Lead. */
function setUpUser(wb: Workbook): string {
  const { people } = peopleInForce(wb);
  const user = people.leads.length === 0 ? activeEmail() : requireRole(wb, ['lead']).email;
  if (user === '')
    throw new PlainError(
      'Dyad cannot tell which Google account you are using; sign in and try again.',
    );
  return user;
}

/** Confirms the programme sheet's people (Set up is run by a Lead in force), shares and protects. */
function shareAndProtect(wb: Workbook, created: string[]): string[] {
  const previous = confirmedPeople();
  const sheetPeople = readPeople(wb);
  const people =
    previous !== null && previous.leads.length > 0 && sheetPeople.leads.length === 0
      ? previous
      : sheetPeople;
  if (previous === null || !samePeople(previous, people)) {
    recordPeople(people);
    created.push(`people confirmed (${describePeopleChange(previous, people)})`);
  }
  const notes = shareAsPeopleSay(wb, people);
  if (notes.length > 0) created.push(`sharing: ${notes.join('; ')}`);
  return people.leads;
}

function setUp(): string {
  return withDocumentLock(() => {
    const wb = openWorkbook();
    const copyNote = startCopyAfresh(wb);
    const user = setUpUser(wb);
    const properties = PropertiesService.getDocumentProperties();
    const created: string[] = copyNote === null ? [] : [copyNote];
    if (properties.getProperty(PROGRAMME_ID_PROPERTY) !== wb.ss.getId()) {
      properties.setProperty(PROGRAMME_ID_PROPERTY, wb.ss.getId());
    }
    const privateSs = ensurePrivateSpreadsheet(wb, user, created);
    setUpSheets(wb, formSpecs(DEFAULT_CONFIG), user, created);
    dropBlankSheets(privateSs, [SHEETS.checkIn, SHEETS.escalations]);
    const specs = formSpecs(loadProtocol(wb, user, new Date()).config);
    const checkIn = setUpForms(wb, specs, user, created);
    const leads = shareAndProtect(wb, created);
    if (checkIn !== null && ensureCheckInTrigger(checkIn, user, leads))
      created.push('check-in trigger');
    if (ensureEditTrigger(wb.ss, user, leads)) created.push('programme sheet edit trigger');
    if (ensureWeeklyTriggerState(user)) created.push('weekly reminder trigger');
    if (created.length === 0) return 'Dyad is already set up here: nothing was changed.';
    appendAudit(wb, user, 'Set up programme', `Created ${created.join('; ')}`);
    return `Programme set up: ${created.length} things created or put right. Share the form links in the programme sheet with mentees and mentors; run Dyad → Check installation to see each part.`;
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

export { isPrivateSheet };
