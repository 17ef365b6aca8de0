/**
 * One simulated Apps Script project bound to one spreadsheet, in a simulated Google world that
 * other projects (copies of the spreadsheet) may share: every fake service, ready to be the
 * globals the bundle runs against. The fakes implement the subset of the Apps Script API Dyad
 * uses, as strictly as Google documents it; they are cast to the real types only here.
 *
 * The harness, for tests (see README.md beside this file for every strict behaviour):
 * - `new AppsScriptRig(DIST, { user, now })` (rig.ts): the bound spreadsheet, owned by `user`,
 *   and the built bundle. Each `rig.call(name, …)` / `rig.callAs(user, name, …)` is one
 *   execution: the bundle is evaluated anew (fresh globals), as the named user, who must be an
 *   editor of the spreadsheet. `rig.as(user, body)` makes every call in `body` that user's.
 * - `rig.open(user)`: the simple trigger onOpen, for an editor, without services that need
 *   authorisation. Alerts, sidebars and dialogs record whose screen they opened on
 *   (`fakes.sheets.ui.alertLog`, `.shown`); `fakes.sheets.ui.replies` sets the buttons pressed.
 * - Respondents: `rig.submit(formTitle, email, answers)` (or `form._submit(email, answers)`);
 *   it throws unless the form is published and accepting responses; the row lands in the linked
 *   "Form Responses N" sheet and the form-submit triggers run, each as its creator.
 * - People typing in Sheets: `rig.typeAs(user, () => sheet.getRange(…).setValue(…))`: sharing
 *   and protections apply, locks do not. `fakes.env.asSystem(body)` writes as Google itself.
 * - Time: `rig.advanceTo(date)` / `rig.advanceBy(ms)` move the clock and run each clock trigger
 *   when due, as its creator; `atHour(9)` runs at 9:MM with MM from 1 to 59, fixed per trigger.
 * - "Make a copy": `rig.makeCopy(user, name?)`: a new rig for the copy (same world: clock,
 *   Drive, forms, mail) with its own script project: no triggers, no form links, owned by `user`.
 * - Sharing: `fakes.spreadsheet.access` (owner, editors, viewers), `fakes.drive.getFileById`.
 */
import { FakeDriveApp } from './drive';
import { FakeEnv } from './env';
import { FakeFormApp } from './forms';
import { FakeScriptApp } from './script';
import {
  FAKE_CHARTS,
  FakeHtmlService,
  FakeLockService,
  FakeMailApp,
  FakePropertiesService,
  FakeSession,
  FakeUtilities,
} from './services';
import { FakeSpreadsheetApp, type FakeSpreadsheet } from './spreadsheet';

export interface FakeOptions {
  user: string;
  timeZone?: string;
  now?: Date;
  /** Each user's recipients per day (default 100, a consumer account's quota). */
  mailQuota?: number;
  /** Where createTemplateFromFile finds the HTML files (dist/ when running the bundle). */
  htmlDir: string;
  spreadsheetName?: string;
}

/** The Apps Script globals, typed as the bundle sees them. */
export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Charts: GoogleAppsScript.Charts.Charts;
  Logger: { log(...args: unknown[]): void };
}

/** What a copy shares with its original: the world outside the script project. */
interface World {
  env: FakeEnv;
  sheets: FakeSpreadsheetApp;
  forms: FakeFormApp;
  drive: FakeDriveApp;
  mail: FakeMailApp;
  html: FakeHtmlService;
  logs: string[];
}

export class GoogleFakes {
  readonly env: FakeEnv;
  readonly sheets: FakeSpreadsheetApp;
  readonly forms: FakeFormApp;
  readonly drive: FakeDriveApp;
  readonly mail: FakeMailApp;
  readonly html: FakeHtmlService;
  readonly logs: string[];
  readonly utilities = new FakeUtilities();
  readonly session: FakeSession;
  /** This project's triggers, properties and locks. */
  readonly scripts: FakeScriptApp;
  readonly properties: FakePropertiesService;
  readonly locks: FakeLockService;
  /** The spreadsheet the script is bound to. */
  readonly spreadsheet: FakeSpreadsheet;

  constructor(options: FakeOptions, world?: World, bound?: FakeSpreadsheet) {
    const env =
      world?.env ??
      new FakeEnv({
        timeZone: options.timeZone ?? 'Europe/London',
        user: options.user,
        now: options.now ?? new Date(),
      });
    this.env = env;
    this.sheets = world?.sheets ?? new FakeSpreadsheetApp(env);
    this.forms = world?.forms ?? new FakeFormApp(env, this.sheets);
    this.drive = world?.drive ?? new FakeDriveApp(env);
    this.mail = world?.mail ?? new FakeMailApp(env, options.mailQuota ?? 100);
    this.html = world?.html ?? new FakeHtmlService(options.htmlDir);
    this.logs = world?.logs ?? [];
    this.session = new FakeSession(env);
    this.scripts = new FakeScriptApp(env);
    this.properties = new FakePropertiesService(env);
    this.spreadsheet =
      bound ?? this.sheets._create(options.spreadsheetName ?? 'Dyad programme', options.user);
    this.locks = new FakeLockService(env, this.scripts.scriptId, () => this.spreadsheet.id);
    this.sheets.active = this.spreadsheet;
  }

  setUser(email: string): void {
    this.env.activeUser = email;
  }

  /**
   * "Make a copy" of the bound spreadsheet by `user`: a new file owned by them and shared with
   * nobody, its sheets copied (form response sheets no longer linked), and a new bound script
   * project with the same code but no triggers (triggers belong to a project and a user). The
   * copy keeps the document and script properties (the strict assumption: a copy must not trust
   * them), not the user properties.
   */
  _makeCopy(user: string, name: string): GoogleFakes {
    this.spreadsheet.access.requireView(user);
    const copy = this.env.asUser(user, () => this.sheets._copy(this.spreadsheet, name, user));
    const fakes = new GoogleFakes({ user, htmlDir: '' }, this, copy);
    for (const [key, value] of this.properties.document.values)
      fakes.properties.document.values.set(key, value);
    for (const [key, value] of this.properties.script.values)
      fakes.properties.script.values.set(key, value);
    return fakes;
  }

  /** The fakes as the Apps Script globals: the one place they are cast to Google's types. */
  globals(): AppsScriptGlobals {
    const raw = {
      SpreadsheetApp: this.sheets,
      FormApp: this.forms,
      DriveApp: this.drive,
      MailApp: this.mail,
      ScriptApp: this.scripts,
      LockService: this.locks,
      PropertiesService: this.properties,
      Utilities: this.utilities,
      Session: this.session,
      HtmlService: this.html,
      Charts: FAKE_CHARTS,
      Logger: { log: (...args: unknown[]) => this.logs.push(args.map(String).join(' ')) },
    };
    return raw as unknown as AppsScriptGlobals;
  }
}

export { FakeEnv } from './env';
export type { FakeForm } from './forms';
export type { FakeSheet, FakeSpreadsheet } from './spreadsheet';
