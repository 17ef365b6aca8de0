/**
 * The fakes are as strict as Google documents Apps Script: each test pins one documented
 * behaviour (the doc is cited beside the fake that models it), so a kinder fake fails here.
 * Expected values are worked out by hand from Google's documentation.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GoogleFakes, type FakeSheet, type FakeSpreadsheet } from './fakes';
import { DRIVE_NO_ACCESS, NO_ACCESS, VIEW_ONLY } from './fakes/access';
import { wallClock } from './fakes/clock';
import { EMAIL_COLUMN, NOT_ACCEPTING, NOT_PUBLISHED } from './fakes/forms';
import { PROTECTED } from './fakes/protection';
import { AppsScriptRig, NOT_AN_EDITOR } from './fakes/rig';
import { TOO_MANY_TRIGGERS } from './fakes/script';
import { MAIL_QUOTA_EXCEEDED, PROPERTY_STORE_FULL, TOO_MANY_RECIPIENTS } from './fakes/services';
import { OUTSIDE_GRID } from './fakes/spreadsheet';

const LEAD_A = 'lead.a@nhs.example';
const LEAD_B = 'lead.b@nhs.example';
const TUTOR = 'tutor@nhs.example';
const STRANGER = 'stranger@nhs.example';
const MENTEE = 'mentee@nhs.example';

function sheetOf(ss: FakeSpreadsheet, name: string): FakeSheet {
  const sheet = ss.getSheetByName(name);
  if (sheet === null) throw new Error(`no sheet ${name}`);
  return sheet;
}

function world(user = LEAD_A, now = new Date('2026-03-04T10:00:00Z')): GoogleFakes {
  return new GoogleFakes({ user, now, htmlDir: tmpdir() });
}

describe('grid limits', () => {
  test('a new spreadsheet and insertSheet() are 1000 rows × 26 columns; A1:AA1 is outside', () => {
    const f = world();
    const first = f.spreadsheet.getSheets()[0];
    const inserted = f.spreadsheet.insertSheet('mentee-application');
    for (const sheet of [first, inserted]) {
      expect(sheet.getMaxRows()).toBe(1000);
      expect(sheet.getMaxColumns()).toBe(26);
      expect(() => sheet.getRange(1, 1, 1, 26)).not.toThrow();
      expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(OUTSIDE_GRID);
      expect(() => sheet.getRange(1000, 1)).not.toThrow();
      expect(() => sheet.getRange(1001, 1)).toThrow(OUTSIDE_GRID);
      expect(() => sheet.getRange(1, 27)).toThrow(OUTSIDE_GRID);
    }
    expect(OUTSIDE_GRID).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(f.sheets.create('summary').getSheets()[0].getMaxColumns()).toBe(26);
  });

  test('bad starting cells and sizes get their own messages', () => {
    const sheet = world().spreadsheet.getSheets()[0];
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(
      'number of rows in the range must be at least 1',
    );
  });

  test('insertColumnsAfter widens the grid and moves later columns right; insertRowsBefore moves rows down', () => {
    const f = world();
    const sheet = f.spreadsheet.getSheets()[0];
    sheet.getRange(1, 1, 1, 3).setValues([['a', 'b', 'c']]);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange(1, 1, 1, 5).getValues()).toEqual([['a', '', '', 'b', 'c']]);
    expect(() => sheet.getRange(1, 1, 1, 28)).not.toThrow();
    sheet.getRange(2, 1).setValue('second');
    sheet.insertRowsBefore(2, 3);
    expect(sheet.getMaxRows()).toBe(1003);
    expect(sheet.getRange(5, 1).getValue()).toBe('second');
    sheet.insertColumns(1);
    expect(sheet.getMaxColumns()).toBe(29);
    expect(sheet.getRange(1, 2).getValue()).toBe('a');
    expect(() => sheet.insertColumnsAfter(30, 1)).toThrow('out of bounds');
  });

  test('deleteRows shrinks the grid and moves the rows below up; a sheet keeps one row', () => {
    const sheet = world().spreadsheet.getSheets()[0];
    sheet.getRange(1, 1, 4, 1).setValues([['h'], ['x'], ['y'], ['z']]);
    sheet.deleteRows(2, 2);
    expect(sheet.getMaxRows()).toBe(998);
    expect(sheet.getRange(1, 1, 2, 1).getValues()).toEqual([['h'], ['z']]);
    expect(() => sheet.deleteRows(1, 998)).toThrow("You can't delete all the rows on the sheet.");
    expect(() => sheet.deleteRows(998, 2)).toThrow('out of bounds');
  });

  test('appendRow writes below the last row and adds the rows and columns it needs', () => {
    const sheet = world().spreadsheet.getSheets()[0];
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(Array.from({ length: 27 }, (_, i) => `v${i + 1}`));
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(sheet.getRange(1001, 27).getValue()).toBe('v27');
  });

  test('setValues of the wrong shape is refused in Google words', () => {
    const sheet = world().spreadsheet.getSheets()[0];
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['a', 'b', 'c']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });
});

describe('files have an owner, editors and viewers', () => {
  test('the creator owns a new spreadsheet; nobody else can open it until it is shared', () => {
    const f = world();
    const ss = f.env.asUser(LEAD_A, () => f.sheets.create('committee'));
    expect(ss.getOwner().getEmail()).toBe(LEAD_A);
    expect(() => f.env.asUser(LEAD_B, () => f.sheets.openById(ss.id))).toThrow(NO_ACCESS);
    expect(NO_ACCESS).toBe('You do not have permission to access the requested document.');
    expect(() => f.env.asUser(LEAD_B, () => f.drive.getFileById(ss.id))).toThrow(DRIVE_NO_ACCESS);
  });

  test('a viewer reads every sheet but cannot write; an editor writes and shares', () => {
    const f = world();
    const ss = f.sheets.create('committee');
    ss.getSheets()[0].getRange(1, 1).setValue('aggregate');
    ss.addViewer(TUTOR).addEditor(LEAD_B);
    f.env.asUser(TUTOR, () => {
      const seen = f.sheets.openById(ss.id).getSheets()[0];
      expect(seen.getRange(1, 1).getValue()).toBe('aggregate');
      expect(() => seen.getRange(1, 1).setValue('changed')).toThrow(VIEW_ONLY);
      expect(() => seen.appendRow(['x'])).toThrow(VIEW_ONLY);
      expect(() => f.sheets.openById(ss.id).insertSheet('mine')).toThrow(VIEW_ONLY);
      expect(() => f.sheets.openById(ss.id).addViewer(STRANGER)).toThrow(VIEW_ONLY);
      expect(f.sheets.openById(ss.id).getEditors()).toEqual([]);
    });
    f.env.asUser(LEAD_B, () => {
      f.sheets.openById(ss.id).getSheets()[0].getRange(1, 1).setValue('by B');
      f.sheets.openById(ss.id).addViewer(STRANGER);
    });
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([LEAD_A, LEAD_B]);
    expect(ss.getViewers().map((u) => u.getEmail())).toEqual([TUTOR, STRANGER]);
  });

  test('addEditor promotes a viewer; addViewer leaves an editor an editor; removeEditor takes the access away', () => {
    const f = world();
    const ss = f.sheets.create('x');
    ss.addViewer(TUTOR).addEditor(TUTOR);
    expect(ss.access.role(TUTOR)).toBe('editor');
    ss.addViewer(TUTOR);
    expect(ss.access.role(TUTOR)).toBe('editor');
    ss.removeEditor(TUTOR);
    expect(() => f.env.asUser(TUTOR, () => f.sheets.openById(ss.id))).toThrow(NO_ACCESS);
  });

  test("a form opens only for its editors; DriveApp shows a form's owner", () => {
    const f = world();
    const form = f.forms.create('check-in');
    expect(() => f.env.asUser(LEAD_B, () => f.forms.openById(form.id))).toThrow(NO_ACCESS);
    form.addEditor(LEAD_B);
    expect(f.env.asUser(LEAD_B, () => f.forms.openById(form.id).getTitle())).toBe('check-in');
    expect(f.env.asUser(LEAD_B, () => f.drive.getFileById(form.id).getOwner().getEmail())).toBe(
      LEAD_A,
    );
  });
});

describe('sheet and range protection', () => {
  function shared(): GoogleFakes {
    const f = world();
    f.spreadsheet.addEditor(LEAD_B).addEditor(TUTOR);
    return f;
  }

  test('protect() mirrors the spreadsheet until its editors change; then only they and the owner write', () => {
    const f = shared();
    const sheet = f.spreadsheet.insertSheet('programme');
    const protection = sheet.protect().setDescription('Lead settings');
    expect(f.env.asUser(TUTOR, () => sheet.getRange(1, 1).setValue('still open'))).toBeTruthy();
    protection.removeEditors(protection.getEditors());
    protection.addEditor(LEAD_B);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([LEAD_A, LEAD_B]);
    expect(() => f.env.asUser(TUTOR, () => sheet.getRange(1, 2).setValue('me too'))).toThrow(
      PROTECTED,
    );
    expect(PROTECTED).toMatch(/^You are trying to edit a protected cell or object\./);
    f.env.asUser(LEAD_B, () => sheet.getRange(1, 2).setValue('lead B'));
    sheet.getRange(1, 3).setValue('owner');
    expect(f.env.asUser(TUTOR, () => protection.canEdit())).toBe(false);
    expect(() => f.env.asUser(TUTOR, () => protection.getEditors())).toThrow(PROTECTED);
    expect(sheet.protect()).toBe(protection);
    expect(f.spreadsheet.getProtections(f.sheets.ProtectionType.SHEET)).toEqual([protection]);
  });

  test("neither the owner nor the current user can be removed from a protection's editors", () => {
    const f = shared();
    const protection = f.spreadsheet.insertSheet('p').protect();
    f.env.asUser(LEAD_B, () => protection.removeEditors([LEAD_A, LEAD_B, TUTOR]));
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([LEAD_A, LEAD_B]);
  });

  test("a protected range guards only its cells; a protected sheet's unprotected range stays open", () => {
    const f = shared();
    const pairs = f.spreadsheet.insertSheet('pairs');
    const leadColumn = pairs.getRange(2, 5, 999, 1).protect();
    leadColumn.removeEditors(leadColumn.getEditors());
    f.env.asUser(TUTOR, () => pairs.getRange(2, 6).setValue(true));
    expect(() => f.env.asUser(TUTOR, () => pairs.getRange(2, 5).setValue(true))).toThrow(PROTECTED);
    expect(() =>
      f.env.asUser(TUTOR, () => pairs.getRange(2, 4, 1, 3).setValues([[1, 2, 3]])),
    ).toThrow(PROTECTED);
    const sheetWide = f.spreadsheet.insertSheet('settings').protect();
    sheetWide.removeEditors(sheetWide.getEditors());
    sheetWide.setUnprotectedRanges([sheetOf(f.spreadsheet, 'settings').getRange(5, 2)]);
    const settings = sheetOf(f.spreadsheet, 'settings');
    f.env.asUser(TUTOR, () => settings.getRange(5, 2).setValue('tutor may'));
    expect(() => f.env.asUser(TUTOR, () => settings.getRange(5, 1).setValue('no'))).toThrow(
      PROTECTED,
    );
    expect(() => f.env.asUser(TUTOR, () => settings.insertRowsAfter(1, 1))).toThrow(PROTECTED);
  });

  test('warning-only protection lets every editor write; a protection editor who is not a spreadsheet editor cannot', () => {
    const f = shared();
    const sheet = f.spreadsheet.insertSheet('w');
    const protection = sheet.protect();
    protection.removeEditors(protection.getEditors());
    protection.addEditor(STRANGER);
    expect(() => f.env.asUser(STRANGER, () => sheet.getRange(1, 1).setValue('x'))).toThrow(
      NO_ACCESS,
    );
    protection.setWarningOnly(true);
    f.env.asUser(TUTOR, () => sheet.getRange(1, 1).setValue('warned'));
    expect(sheet.getRange(1, 1).getValue()).toBe('warned');
  });

  test('a person typing by hand meets the same protections (but needs no lock)', () => {
    const f = shared();
    f.env.requireLockForWrites = true;
    const sheet = f.env.asSystem(() => f.spreadsheet.insertSheet('programme'));
    const protection = f.env.asSystem(() => sheet.protect());
    f.env.asSystem(() => protection.removeEditors(protection.getEditors()));
    expect(() => f.env.typingAs(TUTOR, () => sheet.getRange(3, 2).setValue(TUTOR))).toThrow(
      PROTECTED,
    );
    f.env.typingAs(LEAD_A, () => sheet.getRange(3, 2).setValue(LEAD_B));
    expect(() => sheet.getRange(3, 2).setValue('x')).toThrow('without the document lock');
  });
});

describe('forms', () => {
  test('a form made by a script is unpublished and refuses respondents until published and open', () => {
    const f = world();
    const form = f.forms.create('mentee application');
    form.addTextItem().setTitle('Full name');
    expect(form.isPublished()).toBe(false);
    expect(() => form._submit(MENTEE, { 'Full name': 'A' })).toThrow(NOT_PUBLISHED);
    form.setPublished(true);
    expect(form.isPublished()).toBe(true);
    form._submit(MENTEE, { 'Full name': 'A' });
    form.setAcceptingResponses(false);
    expect(form.isAcceptingResponses()).toBe(false);
    expect(() => form._submit(MENTEE, { 'Full name': 'B' })).toThrow(NOT_ACCEPTING);
    expect(form.getResponses()).toHaveLength(1);
  });

  test('setDestination adds the next free "Form Responses N" sheet, as wide as its header; each response is a row', () => {
    const f = world();
    const ss = f.spreadsheet;
    ss.insertSheet('Form Responses 1');
    const form = f.forms.create('check-in').setCollectEmail(true).setPublished(true);
    form.addScaleItem().setTitle('Safety').setBounds(1, 10);
    form.addParagraphTextItem().setTitle('Concern');
    form.setDestination(f.forms.DestinationType.SPREADSHEET, ss.id);
    expect(form.getDestinationId()).toBe(ss.id);
    const sheet = sheetOf(ss, 'Form Responses 2');
    expect(sheet.getMaxColumns()).toBe(4);
    expect(sheet.getFormUrl()).toBe(form.getPublishedUrl());
    f.env.now = new Date('2026-03-05T12:30:00Z');
    form._submit(MENTEE, { Safety: 7 });
    expect(sheet._allValues()).toEqual([
      ['Timestamp', EMAIL_COLUMN, 'Safety', 'Concern'],
      [new Date('2026-03-05T12:30:00Z'), MENTEE, 7, ''],
    ]);
    form.addTextItem().setTitle('Added later');
    form._submit(MENTEE, { Safety: 3, 'Added later': 'new' });
    expect(sheet._allValues()[0]).toEqual([
      'Timestamp',
      EMAIL_COLUMN,
      'Safety',
      'Concern',
      'Added later',
    ]);
    expect(sheet._allValues()[2][4]).toBe('new');
  });

  test('a form that does not collect emails records none; the collection type is kept', () => {
    const f = world();
    const form = f.forms.create('anonymous').setPublished(true);
    form.addTextItem().setTitle('Q');
    expect(form.collectsEmail()).toBe(false);
    expect(form._submit(MENTEE, { Q: 'a' }).getRespondentEmail()).toBe('');
    form.setEmailCollectionType(f.forms.EmailCollectionType.RESPONDER_INPUT);
    expect(form.collectsEmail()).toBe(true);
    expect(form.getEmailCollectionType()).toBe('RESPONDER_INPUT');
    form.setCollectEmail(false);
    expect(form.getEmailCollectionType()).toBe('DO_NOT_COLLECT');
  });

  test('linking needs edit access to the spreadsheet', () => {
    const f = world();
    const other = f.env.asUser(LEAD_B, () => f.sheets.create('B only'));
    const form = f.forms.create('x');
    expect(() => form.setDestination('SPREADSHEET', other.id)).toThrow(NO_ACCESS);
  });
});

describe('mail, properties and locks', () => {
  test("the quota counts recipients, per user; an address without @ and an empty quota are refused in Google's words", () => {
    const f = world();
    f.mail.setQuota(LEAD_A, 3);
    f.mail.sendEmail({ to: 'a@x.example, b@x.example', subject: 's', body: 'b' });
    expect(f.mail.getRemainingDailyQuota()).toBe(1);
    expect(() => f.mail.sendEmail('not-an-address', 's', 'b')).toThrow(
      'Invalid email: not-an-address',
    );
    expect(() => f.mail.sendEmail('a@x.example', 's', 'b', { cc: 'c@x.example' })).toThrow(
      MAIL_QUOTA_EXCEEDED,
    );
    f.mail.sendEmail('a@x.example', 's', 'b');
    expect(() => f.mail.sendEmail('a@x.example', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(f.env.asUser(LEAD_B, () => f.mail.getRemainingDailyQuota())).toBe(100);
    expect(f.mail.sent.map((m) => m.from)).toEqual([LEAD_A, LEAD_A]);
  });

  test('a message may have 50 recipients; the 51st is refused before any quota is used', () => {
    const f = world();
    const list = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@x.example`).join(', ');
    f.mail.sendEmail(list(50), 's', 'b');
    expect(f.mail.getRemainingDailyQuota()).toBe(50);
    expect(() => f.mail.sendEmail(list(51), 's', 'b')).toThrow(TOO_MANY_RECIPIENTS);
    expect(f.mail.getRemainingDailyQuota()).toBe(50);
  });

  test('a value over 9 kB, or a store over 500 kB, is refused', () => {
    const props = world().properties.getScriptProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large');
    for (let i = 0; i < 55; i++)
      props.setProperty(`k${String(i).padStart(2, '0')}`, 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('k55', 'x'.repeat(9 * 1024))).toThrow(PROPERTY_STORE_FULL);
    props.setProperty('k00', 'small');
    props.setProperty('k55', 'x'.repeat(9 * 1024));
  });

  test('document and script properties are shared; user properties are each user’s own', () => {
    const f = world();
    f.env.asUser(LEAD_A, () => {
      f.properties.getDocumentProperties().setProperty('d', '1');
      f.properties.getScriptProperties().setProperty('s', '1');
      f.properties.getUserProperties().setProperty('u', 'A');
    });
    f.env.asUser(LEAD_B, () => {
      expect(f.properties.getDocumentProperties().getProperty('d')).toBe('1');
      expect(f.properties.getScriptProperties().getProperty('s')).toBe('1');
      expect(f.properties.getUserProperties().getProperty('u')).toBeNull();
    });
  });

  test('a document lock held by another execution cannot be taken; waitLock times out', () => {
    const f = world();
    const release = f.locks._holdElsewhere('document');
    const lock = f.locks.getDocumentLock() as NonNullable<
      ReturnType<typeof f.locks.getDocumentLock>
    >;
    expect(lock.tryLock()).toBe(false);
    expect(() => lock.waitLock()).toThrow('Lock timeout');
    expect(f.locks.getScriptLock().tryLock()).toBe(true);
    release();
    expect(lock.tryLock()).toBe(true);
  });
});

/** A tiny bound script, built like the bundle (plain top-level functions). */
const SCRIPT = `
var runs = 0;
function countRuns() { runs++; return runs; }
function whoAmI() { return Session.getActiveUser().getEmail() + '|' + Session.getEffectiveUser().getEmail(); }
function installWeekly() {
  ScriptApp.newTrigger('weekly').timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(9).create();
}
function weekly(e) {
  var p = PropertiesService.getDocumentProperties();
  var log = JSON.parse(p.getProperty('weekly') || '[]');
  log.push({ who: Session.getActiveUser().getEmail(), at: new Date().toISOString() });
  p.setProperty('weekly', JSON.stringify(log));
}
function installSubmit(formId) {
  ScriptApp.newTrigger('onCheckIn').forForm(formId).onFormSubmit().create();
  ScriptApp.newTrigger('onSheetSubmit').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create();
}
function onCheckIn(e) {
  PropertiesService.getDocumentProperties().setProperty('formTrigger',
    Session.getActiveUser().getEmail() + '|' + e.response.getRespondentEmail());
}
function onSheetSubmit(e) {
  PropertiesService.getDocumentProperties().setProperty('sheetTrigger',
    Session.getActiveUser().getEmail() + '|' + JSON.stringify(e.namedValues));
}
function myTriggers() { return ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); }); }
function deleteMyTriggers() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
function installMany(n) { for (var i = 0; i < n; i++) ScriptApp.newTrigger('weekly').timeBased().everyDays(1).atHour(6).create(); }
function takeLock() { return LockService.getDocumentLock().tryLock(); }
function usesDrive() { return DriveApp.getFileById(SpreadsheetApp.getActiveSpreadsheet().getId()).getName(); }
function onOpen() {
  PropertiesService.getDocumentProperties().setProperty('openedBy', Session.getActiveUser().getEmail());
  SpreadsheetApp.getUi().createMenu('Dyad').addItem('Count', 'sheetCount').addToUi();
  PropertiesService.getDocumentProperties().setProperty('opened', 'yes');
  if (PropertiesService.getDocumentProperties().getProperty('greedy')) MailApp.getRemainingDailyQuota();
}
function ask() {
  var ui = SpreadsheetApp.getUi();
  return ui.alert('Reminders', 'Switch them off?', ui.ButtonSet.YES_NO) === ui.Button.YES;
}
function sheetCount() { return SpreadsheetApp.getActiveSpreadsheet().getSheets().length; }
`;

describe('executions, users and triggers through a bound script', () => {
  let dir = '';
  const rigFor = (now = new Date('2026-03-04T10:00:00Z')) => {
    const rig = new AppsScriptRig(dir, { user: LEAD_A, now });
    rig.fakes.spreadsheet.addEditor(LEAD_B).addEditor(TUTOR);
    return rig;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-fakes-'));
    writeFileSync(join(dir, 'Code.js'), SCRIPT);
  });

  test('each execution starts from fresh globals', () => {
    const rig = rigFor();
    expect(rig.call('countRuns')).toBe(1);
    expect(rig.call('countRuns')).toBe(1);
    expect(rig.executions).toBe(2);
  });

  test('the caller is the active user; only editors of the spreadsheet can run its script', () => {
    const rig = rigFor();
    expect(rig.callAs(TUTOR, 'whoAmI')).toBe(`${TUTOR}|${TUTOR}`);
    expect(rig.as(LEAD_B, () => rig.call('whoAmI'))).toBe(`${LEAD_B}|${LEAD_B}`);
    expect(() => rig.callAs(STRANGER, 'whoAmI')).toThrow(NOT_AN_EDITOR(STRANGER));
    rig.fakes.spreadsheet.addViewer(STRANGER);
    expect(() => rig.callAs(STRANGER, 'whoAmI')).toThrow(NOT_AN_EDITOR(STRANGER));
  });

  test('onOpen is a simple trigger: it runs for editors only, and cannot use services that need authorization', () => {
    const rig = rigFor();
    rig.fakes.spreadsheet.addViewer(STRANGER);
    rig.open(STRANGER);
    expect(rig.fakes.sheets.ui.menus).toEqual([]);
    rig.open(TUTOR);
    expect(rig.fakes.sheets.ui.menus.map((m) => m.title)).toEqual(['Dyad']);
    rig.fakes.properties.document.setProperty('greedy', 'yes');
    expect(() => rig.open(TUTOR)).toThrow(
      'You do not have permission to call MailApp.getRemainingDailyQuota',
    );
    expect(rig.fakes.properties.document.getProperty('openedBy')).toBe('');
    expect(rig.callAs(TUTOR, 'sheetCount')).toBe(1);
    expect(rig.fakes.env.simpleTrigger).toBe(false);
  });

  test('alerts are recorded with the user who saw them; a test chooses the button pressed', () => {
    const rig = rigFor();
    expect(rig.callAs(TUTOR, 'ask')).toBe(true);
    rig.fakes.sheets.ui.replies.push('NO');
    expect(rig.callAs(LEAD_B, 'ask')).toBe(false);
    expect(rig.fakes.sheets.ui.alertsFor(TUTOR)).toEqual(['Switch them off?']);
    expect(rig.fakes.sheets.ui.alertLog.map((a) => a.user)).toEqual([TUTOR, LEAD_B]);
  });

  test("a call outside the manifest's oauthScopes is refused in Google's words", () => {
    const scoped = mkdtempSync(join(tmpdir(), 'dyad-scopes-'));
    writeFileSync(join(scoped, 'Code.js'), SCRIPT);
    const scopes = ['spreadsheets', 'script.container.ui', 'userinfo.email'];
    writeFileSync(
      join(scoped, 'appsscript.json'),
      JSON.stringify({ oauthScopes: scopes.map((s) => `https://www.googleapis.com/auth/${s}`) }),
    );
    const rig = new AppsScriptRig(scoped, { user: LEAD_A });
    expect(rig.call('whoAmI')).toBe(`${LEAD_A}|${LEAD_A}`);
    expect(() => rig.call('usesDrive')).toThrow(
      'Specified permissions are not sufficient to call DriveApp.getFileById. Required permissions: https://www.googleapis.com/auth/drive || https://www.googleapis.com/auth/drive.readonly',
    );
    expect(() => rig.call('installWeekly')).toThrow(/script\.scriptapp/);
    expect(rigFor().call('usesDrive')).toBe('Dyad programme');
  });

  test('locks taken in an execution are released when it ends', () => {
    const rig = rigFor();
    expect(rig.call('takeLock')).toBe(true);
    expect(rig.fakes.env.lockHeld).toBe(false);
  });

  test('form-submit triggers, on the form and on its spreadsheet, run as their creator', () => {
    const rig = rigFor();
    const f = rig.fakes;
    const form = f.forms.create('check-in').setCollectEmail(true).setPublished(true);
    form.addTextItem().setTitle('Concern');
    form.setDestination('SPREADSHEET', f.spreadsheet.id);
    rig.callAs(LEAD_B, 'installSubmit', form.id);
    rig.submit('check-in', MENTEE, { Concern: 'rota' });
    const props = f.properties.document;
    expect(props.getProperty('formTrigger')).toBe(`${LEAD_B}|${MENTEE}`);
    const [who, named] = (props.getProperty('sheetTrigger') as string).split('|');
    expect(who).toBe(LEAD_B);
    expect(JSON.parse(named)).toEqual({
      Timestamp: ['04/03/2026 10:00:00'],
      [EMAIL_COLUMN]: [MENTEE],
      Concern: ['rota'],
    });
  });

  test('triggers belong to their creator: others neither see nor delete them', () => {
    const rig = rigFor();
    rig.callAs(LEAD_A, 'installWeekly');
    expect(rig.callAs(LEAD_A, 'myTriggers')).toEqual(['weekly']);
    expect(rig.callAs(LEAD_B, 'myTriggers')).toEqual([]);
    rig.callAs(LEAD_B, 'deleteMyTriggers');
    expect(rig.fakes.scripts.triggers).toHaveLength(1);
    const [trigger] = rig.fakes.scripts.triggers;
    expect(() =>
      rig.fakes.env.asUser(LEAD_B, () => rig.fakes.scripts.deleteTrigger(trigger)),
    ).toThrow(/belongs to/);
    expect(
      rig.fakes.env.asUser(LEAD_A, () => rig.fakes.scripts.getUserTriggers(rig.fakes.spreadsheet)),
    ).toEqual([]);
    rig.callAs(LEAD_A, 'deleteMyTriggers');
    expect(rig.fakes.scripts.triggers).toHaveLength(0);
  });

  test('a user may have 20 triggers on a script; the 21st is refused, another user still has room', () => {
    const rig = rigFor();
    rig.callAs(LEAD_A, 'installMany', 20);
    expect(() => rig.callAs(LEAD_A, 'installMany', 1)).toThrow(TOO_MANY_TRIGGERS);
    rig.callAs(LEAD_B, 'installMany', 1);
    expect(rig.fakes.scripts.triggers).toHaveLength(21);
  });

  test('a weekly Monday atHour(9) trigger runs as its creator once a week, at 9:MM in the script zone, never 9:00', () => {
    const rig = rigFor(new Date('2026-03-04T10:00:00Z'));
    rig.callAs(LEAD_B, 'installWeekly');
    rig.advanceTo(new Date('2026-03-08T23:00:00Z'));
    expect(rig.fakes.properties.document.getProperty('weekly')).toBeNull();
    rig.advanceTo(new Date('2026-04-01T00:00:00Z'));
    const runs = JSON.parse(rig.fakes.properties.document.getProperty('weekly') as string) as {
      who: string;
      at: string;
    }[];
    expect(runs.map((r) => r.who)).toEqual([LEAD_B, LEAD_B, LEAD_B, LEAD_B]);
    const clocks = runs.map((r) => wallClock(new Date(r.at), 'Europe/London'));
    expect(clocks.map((c) => [c.month, c.day])).toEqual([
      [3, 9],
      [3, 16],
      [3, 23],
      [3, 30],
    ]);
    for (const c of clocks) {
      expect(c.hour).toBe(9);
      expect(c.minute).toBeGreaterThanOrEqual(1);
      expect(c.minute).toBeLessThanOrEqual(59);
      expect(c.minute).toBe(clocks[0].minute);
    }
    // 30 March 2026 is after the clocks went forward: 9:MM in London is 8:MM UTC.
    expect(new Date(runs[3].at).getUTCHours()).toBe(8);
  });

  test('Make a copy: a new file owned by the copier, sheets copied, no triggers, no form link, properties of the document kept', () => {
    const rig = rigFor();
    const f = rig.fakes;
    const form = f.forms.create('application').setPublished(true);
    form.addTextItem().setTitle('Name');
    form.setDestination('SPREADSHEET', f.spreadsheet.id);
    rig.callAs(LEAD_A, 'installWeekly');
    f.properties.document.setProperty('programmeId', f.spreadsheet.id);
    f.properties.userProperties(LEAD_A).setProperty('mine', 'x');
    const NEW_LEAD = 'new.lead@other-trust.example';
    f.spreadsheet.addViewer(NEW_LEAD);
    const copy = rig.makeCopy(NEW_LEAD, 'Dyad programme (copy)');
    const ss = copy.fakes.spreadsheet;
    expect(ss.id).not.toBe(f.spreadsheet.id);
    expect(ss.getOwner().getEmail()).toBe(NEW_LEAD);
    expect(ss.editors).toEqual([]);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Form Responses 1']);
    expect(sheetOf(ss, 'Form Responses 1').getFormUrl()).toBeNull();
    expect(form.getDestinationId()).toBe(f.spreadsheet.id);
    expect(copy.fakes.scripts.triggers).toEqual([]);
    expect(copy.fakes.properties.document.getProperty('programmeId')).toBe(f.spreadsheet.id);
    expect(copy.fakes.properties.userProperties(LEAD_A).getKeys()).toEqual([]);
    expect(copy.callAs(NEW_LEAD, 'sheetCount')).toBe(2);
    expect(() => copy.callAs(LEAD_A, 'sheetCount')).toThrow(NOT_AN_EDITOR(LEAD_A));
    expect(() => rig.makeCopy(STRANGER)).toThrow(NO_ACCESS);
  });
});
