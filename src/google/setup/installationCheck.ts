/**
 * Dyad → Check installation: run in the real account, it says item by item, in plain words,
 * what is right and what is not — each form, who can open each file, the triggers and whose
 * account runs them, the mail allowance left, the sheet protections and the protocol lock.
 */
import { DEFAULT_CONFIG } from '../../core/config';
import { SHEETS } from '../../core/instruments';
import type { People } from '../platform/access';
import type { ActionContext } from '../platform/action';
import { FILE_WORDS, PROGRAMME_ID_PROPERTY, storedFileId, type FileRole } from '../platform/files';
import { findProtection, protectionPlan } from '../platform/protections';
import { isPrivateSheet } from '../platform/workbook';
import { formIdProperty } from '../platform/files';
import { formSpecs, type FormSpec } from './formSpecs';
import { destinationOf, isPublished } from './forms';
import { FORM_LINK_SETTINGS } from './setup';
import { isCopy } from './templateCopy';
import {
  CHECK_IN_HANDLER,
  checkInTriggerOwner,
  EDIT_HANDLER,
  editTriggerOwner,
  myTriggers,
  WEEKLY_HANDLER,
  WEEKLY_WHEN,
  weeklyOwner,
  weeklyRemindersOn,
} from './triggers';

export type CheckArea = 'setup' | 'form' | 'file' | 'trigger' | 'mail' | 'protection' | 'protocol';

export interface InstallationCheck {
  area: CheckArea;
  /** What is checked, e.g. 'Meeting check-in form: published'. */
  item: string;
  ok: boolean;
  /** What was found, in plain words, and what to do when it is not right. */
  detail: string;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const emails = (users: GoogleAppsScript.Base.User[]) =>
  users.map((u) => u.getEmail().trim().toLowerCase());

function check(area: CheckArea, item: string, ok: boolean, detail: string): InstallationCheck {
  return { area, item, ok, detail };
}

function setupChecks(ctx: ActionContext): InstallationCheck[] {
  const recorded = PropertiesService.getDocumentProperties().getProperty(PROGRAMME_ID_PROPERTY);
  if (isCopy(ctx.wb)) {
    return [
      check(
        'setup',
        'Set up',
        false,
        'This spreadsheet is a copy of a set-up programme: run Dyad → Set up programme to start it afresh.',
      ),
    ];
  }
  return [
    check(
      'setup',
      'Set up',
      recorded !== null,
      recorded !== null
        ? 'Set up has run in this spreadsheet.'
        : 'Set up has not run here yet: run Dyad → Set up programme.',
    ),
  ];
}

function formChecks(spec: FormSpec, expected: string | null): InstallationCheck[] {
  const name = FORM_LINK_SETTINGS[spec.key];
  const id = PropertiesService.getDocumentProperties().getProperty(formIdProperty(spec.key));
  if (!id)
    return [check('form', `${name}: exists`, false, 'Not made yet: run Dyad → Set up programme.')];
  let form: GoogleAppsScript.Forms.Form;
  try {
    form = FormApp.openById(id);
  } catch {
    return [
      check(
        'form',
        `${name}: exists`,
        false,
        'Recorded, but you cannot open it: it was deleted or is not shared with you.',
      ),
    ];
  }
  const destination = destinationOf(form);
  const where =
    spec.key === 'checkIn' ? 'the Leads-only private spreadsheet' : 'this programme spreadsheet';
  return [
    check('form', `${name}: exists`, true, form.getPublishedUrl()),
    check(
      'form',
      `${name}: published`,
      isPublished(form),
      isPublished(form)
        ? 'Respondents can open it.'
        : 'Unpublished: nobody can answer it. Run Dyad → Set up programme, or publish it in Google Forms.',
    ),
    check(
      'form',
      `${name}: accepting responses`,
      form.isAcceptingResponses(),
      form.isAcceptingResponses()
        ? 'Accepting responses.'
        : 'Closed to responses: open it in Google Forms (Responses → Accepting responses).',
    ),
    check(
      'form',
      `${name}: linked to ${where}`,
      expected !== null && destination === expected,
      destination === expected
        ? `Answers go to ${where}.`
        : `Answers go to another spreadsheet (${destination || 'none'}): run Dyad → Set up programme.`,
    ),
    check(
      'form',
      `${name}: collects emails`,
      form.collectsEmail(),
      form.collectsEmail()
        ? "Collects the respondent's email."
        : 'Does not collect emails: Dyad cannot tell who answered. Turn on "Collect email addresses" in the form\'s settings.',
    ),
  ];
}

function openFile(role: FileRole): Spreadsheet | null | 'closed' {
  const id = storedFileId(role);
  if (!id) return null;
  try {
    return SpreadsheetApp.openById(id);
  } catch {
    return 'closed';
  }
}

function leadsCanEdit(
  what: string,
  editors: string[],
  leads: readonly string[],
): InstallationCheck {
  const missing = leads.filter((lead) => !editors.includes(lead));
  return check(
    'file',
    `${what}: every Lead can edit`,
    missing.length === 0,
    missing.length === 0
      ? `Editors: ${editors.join(', ')}.`
      : `Not shared with ${missing.join(', ')}: run any Dyad action as a listed Lead to share it.`,
  );
}

function privateChecks(people: People): InstallationCheck[] {
  const what = FILE_WORDS.private;
  const ss = openFile('private');
  if (ss === null)
    return [check('file', `${what}: exists`, false, 'Not made yet: run Dyad → Set up programme.')];
  if (ss === 'closed')
    return [check('file', `${what}: exists`, false, 'Recorded, but you cannot open it.')];
  const editors = emails(ss.getEditors());
  const viewers = emails(ss.getViewers());
  const others = [...editors, ...viewers].filter((e) => !people.leads.includes(e));
  const tutorIn =
    people.tutor !== '' && !people.leads.includes(people.tutor) && others.includes(people.tutor);
  return [
    check('file', `${what}: exists`, true, ss.getUrl()),
    leadsCanEdit(what, editors, people.leads),
    check(
      'file',
      `${what}: the IMG Tutor cannot open it`,
      !tutorIn,
      tutorIn
        ? `${people.tutor} can open it: remove them from its sharing (or run any Dyad action as a Lead).`
        : people.tutor === ''
          ? 'No IMG Tutor is named yet; the file is shared with the Leads only.'
          : `${people.tutor} cannot open it.`,
    ),
    check(
      'file',
      `${what}: shared with the Leads only`,
      others.length === 0,
      others.length === 0
        ? 'Nobody but the Leads can open it.'
        : `Also open to ${others.join(', ')}: remove them from its sharing.`,
    ),
  ];
}

function committeeChecks(people: People): InstallationCheck[] {
  const what = FILE_WORDS.committee;
  const ss = openFile('committee');
  if (ss === null)
    return [
      check(
        'file',
        `${what}: exists`,
        true,
        'Not made yet: Dyad → Update committee summary makes it.',
      ),
    ];
  if (ss === 'closed')
    return [check('file', `${what}: exists`, false, 'Recorded, but you cannot open it.')];
  const editors = emails(ss.getEditors());
  const viewers = emails(ss.getViewers());
  const members = people.committeeMembers.filter((m) => !people.leads.includes(m));
  const editing = members.filter((m) => editors.includes(m));
  const missing = members.filter((m) => !viewers.includes(m) && !editors.includes(m));
  return [
    check('file', `${what}: exists`, true, ss.getUrl()),
    leadsCanEdit(what, editors, people.leads),
    check(
      'file',
      `${what}: committee members only view it`,
      editing.length === 0 && missing.length === 0,
      editing.length > 0
        ? `${editing.join(', ')} can edit it: make them viewers.`
        : missing.length > 0
          ? `Not shared with ${missing.join(', ')}: run Dyad → Update committee summary.`
          : `Viewers: ${viewers.join(', ') || 'none yet'}.`,
    ),
  ];
}

function programmeChecks(ctx: ActionContext, people: People): InstallationCheck[] {
  const editors = emails(ctx.wb.ss.getEditors());
  const leaks = ctx.wb.ss
    .getSheets()
    .map((s) => s.getName())
    .filter((name) => isPrivateSheet(name) || name === `responses: ${SHEETS.checkIn}`);
  const wanted = people.tutor === '' ? people.leads : [...people.leads, people.tutor];
  const missing = wanted.filter((e) => !editors.includes(e));
  return [
    check(
      'file',
      'Programme spreadsheet: the Leads and the IMG Tutor can edit',
      missing.length === 0,
      missing.length === 0
        ? `Editors: ${editors.join(', ')}.`
        : `Not shared with ${missing.join(', ')}.`,
    ),
    check(
      'file',
      'Programme spreadsheet: holds no check-in answers or escalation details',
      leaks.length === 0,
      leaks.length === 0
        ? 'Check-ins and escalations are in the private spreadsheet only.'
        : `Sheets ${leaks.join(', ')} are here, where the IMG Tutor can read them: move them to the private spreadsheet.`,
    ),
  ];
}

function triggerChecks(ctx: ActionContext): InstallationCheck[] {
  const mineCheckIn = myTriggers(CHECK_IN_HANDLER).length > 0;
  const owner = checkInTriggerOwner();
  const weeklyOn = weeklyRemindersOn();
  const weekly = weeklyOwner();
  const mineWeekly = myTriggers(WEEKLY_HANDLER).length > 0;
  const checkInOk = mineCheckIn || (owner !== '' && ctx.people.leads.includes(owner));
  const editOwner = editTriggerOwner();
  const mineEdit = myTriggers(EDIT_HANDLER).length > 0;
  const editOk = mineEdit || (editOwner !== '' && ctx.people.leads.includes(editOwner));
  return [
    check(
      'trigger',
      'Programme sheet edit trigger (shares the files when the Leads change)',
      editOk,
      mineEdit
        ? `Installed, under your account (${ctx.user}).`
        : editOwner !== ''
          ? `Installed under ${editOwner}'s account.`
          : 'Not installed: run Dyad → Set up programme.',
    ),
    check(
      'trigger',
      'Check-in trigger (opens escalations at once)',
      checkInOk,
      mineCheckIn
        ? `Installed, under your account (${ctx.user}).`
        : owner !== ''
          ? `Installed under ${owner}'s account; Google shows each person only their own triggers, so ${owner} can confirm it with Check installation.`
          : 'Not installed: run Dyad → Set up programme.',
    ),
    check(
      'trigger',
      'Weekly reminders',
      !weeklyOn || weekly === ctx.user
        ? !weeklyOn || mineWeekly
        : ctx.people.leads.includes(weekly),
      weeklyOn
        ? `On, ${WEEKLY_WHEN}, under ${weekly}'s account${weekly === ctx.user ? (mineWeekly ? '.' : ', but the trigger is missing: switch weekly reminders off and on again.') : '.'}`
        : `Off${mineWeekly ? '; your old trigger is still there and will remove itself' : ''}.`,
    ),
  ];
}

function mailCheck(): InstallationCheck {
  const quota = MailApp.getRemainingDailyQuota();
  return check(
    'mail',
    'Email allowance left today',
    quota > 0,
    `${quota} emails can still be sent today from your account.`,
  );
}

function protectionChecks(ctx: ActionContext): InstallationCheck[] {
  return protectionPlan(ctx.people).map((plan) => {
    const sheet = ctx.wb.sheet(plan.sheet);
    const protection = sheet === null ? null : findProtection(sheet, plan.description);
    if (protection === null)
      return check(
        'protection',
        plan.description,
        false,
        'Not protected: run Dyad → Set up programme.',
      );
    const editors = emails(protection.getEditors());
    const missing = plan.editors.filter((e) => !editors.includes(e));
    const ownerUser = ctx.wb.ss.getOwner();
    const owner = ownerUser ? ownerUser.getEmail().trim().toLowerCase() : '';
    const extra = editors.filter((e) => !plan.editors.includes(e) && e !== owner);
    return check(
      'protection',
      plan.description,
      missing.length === 0 && extra.length === 0,
      missing.length === 0 && extra.length === 0
        ? `Only ${editors.join(', ')} can change it.`
        : `Editors ${editors.join(', ')}: ${[missing.length > 0 ? `missing ${missing.join(', ')}` : '', extra.length > 0 ? `should not include ${extra.join(', ')}` : ''].filter(Boolean).join('; ')}. Run any Dyad action as a Lead.`,
    );
  });
}

function protocolCheck(ctx: ActionContext): InstallationCheck {
  const lock = ctx.protocol().lock;
  return check(
    'protocol',
    'Protocol lock',
    lock.locked,
    lock.locked
      ? `Locked at ${lock.lockedAt} by ${lock.lockedBy}; ${lock.deviations.length} deviations recorded since.`
      : 'Not locked yet: lock it (Dyad → Lock protocol) before launch.',
  );
}

export function checkInstallation(ctx: ActionContext): InstallationCheck[] {
  const privateId = storedFileId('private');
  const specs = formSpecs(ctx.protocol().config ?? DEFAULT_CONFIG);
  return [
    ...setupChecks(ctx),
    ...specs.flatMap((spec) =>
      formChecks(spec, spec.key === 'checkIn' ? privateId : ctx.wb.ss.getId()),
    ),
    ...programmeChecks(ctx, ctx.people),
    ...privateChecks(ctx.people),
    ...committeeChecks(ctx.people),
    ...triggerChecks(ctx),
    mailCheck(),
    ...protectionChecks(ctx),
    protocolCheck(ctx),
  ];
}

export function describeChecks(checks: readonly InstallationCheck[]): string {
  const wrong = checks.filter((c) => !c.ok);
  return wrong.length === 0
    ? `All ${checks.length} checks are right.`
    : `${wrong.length} of ${checks.length} checks need attention: ${wrong.map((c) => c.item).join('; ')}.`;
}
