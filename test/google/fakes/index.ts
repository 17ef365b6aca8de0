/**
 * One simulated Apps Script project: every fake service sharing one environment, ready to be
 * the globals the bundle runs against. The fakes implement the subset of the Apps Script API
 * Dyad uses; they are cast to the real types only here, at the boundary.
 */
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
  mailQuota?: number;
  /** Where createTemplateFromFile finds the HTML files (dist/ when running the bundle). */
  htmlDir: string;
  spreadsheetName?: string;
}

/** The Apps Script globals, typed as the bundle sees them. */
export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
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

export class GoogleFakes {
  readonly env: FakeEnv;
  readonly sheets: FakeSpreadsheetApp;
  readonly scripts: FakeScriptApp;
  readonly forms: FakeFormApp;
  readonly mail: FakeMailApp;
  readonly locks: FakeLockService;
  readonly properties: FakePropertiesService;
  readonly utilities = new FakeUtilities();
  readonly session: FakeSession;
  readonly html: FakeHtmlService;
  readonly logs: string[] = [];
  /** The programme spreadsheet the script is bound to. */
  readonly spreadsheet: FakeSpreadsheet;

  constructor(options: FakeOptions) {
    this.env = new FakeEnv({
      timeZone: options.timeZone ?? 'Europe/London',
      user: options.user,
      now: options.now ?? new Date(),
    });
    this.sheets = new FakeSpreadsheetApp(this.env);
    this.scripts = new FakeScriptApp(this.env);
    this.forms = new FakeFormApp(this.env, this.sheets, this.scripts);
    this.mail = new FakeMailApp(options.mailQuota ?? 100);
    this.locks = new FakeLockService(this.env);
    this.properties = new FakePropertiesService(this.env);
    this.session = new FakeSession(this.env);
    this.html = new FakeHtmlService(options.htmlDir);
    this.spreadsheet = this.sheets._create(
      options.spreadsheetName ?? 'Dyad programme',
      options.user,
    );
    this.sheets.active = this.spreadsheet;
  }

  setUser(email: string): void {
    this.env.activeUser = email;
  }

  /** The fakes as the Apps Script globals: the one place they are cast to Google's types. */
  globals(): AppsScriptGlobals {
    const raw = {
      SpreadsheetApp: this.sheets,
      FormApp: this.forms,
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
