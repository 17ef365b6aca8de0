/**
 * The simulated Google world shared by every fake service: the clock, the user running the
 * current execution, Drive's files and who may open them, locks, and the script projects whose
 * triggers fire on events.
 */
import { FileAccess, type FileKind } from './access';

/** State shared by every fake service of one simulated Apps Script project. */
export class CallCounter {
  total = 0;
  readonly byMethod = new Map<string, number>();

  count(method: string): void {
    this.total++;
    this.byMethod.set(method, (this.byMethod.get(method) ?? 0) + 1);
  }

  reset(): void {
    this.total = 0;
    this.byMethod.clear();
  }
}

/** How an installed trigger is run: as its creator, with fresh globals (set by the rig). */
export type TriggerDispatch = (handler: string, event: unknown, owner: string) => void;

/** A script project as the world sees it: its triggers hear form submissions and the clock. */
export interface ScriptProject {
  _fireFormSubmit(form: unknown, response: unknown, sheetEvent: unknown): void;
  /** When its next clock trigger is due (null: none). */
  _nextClockRun(): Date | null;
  /** Runs its clock triggers due at the current time. */
  _runDueClockTriggers(): void;
}

export class FakeEnv {
  /** Calls to SpreadsheetApp and everything it returns (spreadsheets, sheets, ranges, UI). */
  readonly spreadsheetCalls = new CallCounter();
  timeZone: string;
  /** The user running the current execution (the trigger's creator inside a trigger). */
  activeUser: string;
  /** The clock the project sees (`new Date()` inside the bundle). */
  now: Date;
  /** Locks held right now, by key (document, script or user lock), and how often one was taken. */
  readonly heldLocks = new Set<string>();
  lockAcquisitions = 0;
  /** When true, spreadsheet writes outside a lock throw (Google's own writes and typing excepted). */
  requireLockForWrites = false;
  /** Writes by Google itself (form responses landing in a response sheet): no check at all. */
  systemWriting = 0;
  /** A person typing in the Sheets UI: access and protections apply, locks do not. */
  typing = 0;
  /** False inside triggers: SpreadsheetApp.getUi() then throws, as in Apps Script. */
  uiAvailable = true;
  /**
   * True inside a simple trigger (onOpen): "they cannot access services that require
   * authorization" (https://developers.google.com/apps-script/guides/triggers#restrictions),
   * so other files, forms, mail and triggers are refused; the bound spreadsheet is not.
   */
  simpleTrigger = false;
  /**
   * The OAuth scopes the manifest (appsscript.json) lists, null when it lists none (then Apps
   * Script asks for every scope the code needs). A call outside them is refused
   * (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes).
   */
  grantedScopes: string[] | null = null;
  /** Every file in Drive (spreadsheets, forms): its owner, editors and viewers. */
  readonly files = new Map<string, FileAccess>();
  /** The script projects (the bound script of each spreadsheet that has one). */
  readonly projects: ScriptProject[] = [];
  private nextId = 1;

  constructor(options: { timeZone: string; user: string; now: Date }) {
    this.timeZone = options.timeZone;
    this.activeUser = options.user;
    this.now = options.now;
  }

  /** Whether any lock is held (kept for tests written when there was one lock). */
  get lockHeld(): boolean {
    return this.heldLocks.size > 0;
  }

  id(prefix: string): string {
    return `${prefix}${String(this.nextId++).padStart(6, '0')}`;
  }

  /** Registers a new Drive file owned by `owner`, the user who created it. */
  registerFile(id: string, kind: FileKind, name: string, owner: string): FileAccess {
    const access = new FileAccess(id, kind, name, owner);
    this.files.set(id, access);
    return access;
  }

  /**
   * Refuses a service that needs the user's authorization inside a simple trigger, and a call
   * that needs a scope (any of `scopes`, short names such as "spreadsheets") the manifest lacks.
   */
  requireAuthorization(method: string, scopes: string[]): void {
    if (this.simpleTrigger)
      throw new Error(
        `You do not have permission to call ${method}. A simple trigger cannot call services that require authorization.`,
      );
    this.requireScope(method, scopes);
  }

  /** Refuses a call that needs a scope the manifest lacks (outside simple triggers). */
  requireScope(method: string, scopes: string[]): void {
    if (this.simpleTrigger) return;
    const granted = this.grantedScopes;
    const urls = scopes.map((scope) => `https://www.googleapis.com/auth/${scope}`);
    if (granted !== null && !urls.some((url) => granted.includes(url)))
      throw new Error(
        `Specified permissions are not sufficient to call ${method}. Required permissions: ${urls.join(' || ')}`,
      );
  }

  checkWrite(what: string): void {
    if (this.systemWriting > 0 || this.typing > 0) return;
    if (this.requireLockForWrites && !this.lockHeld) {
      throw new Error(`${what} without the document lock`);
    }
  }

  asSystem<T>(body: () => T): T {
    this.systemWriting++;
    try {
      return body();
    } finally {
      this.systemWriting--;
    }
  }

  /** Runs `body` as `user` (restoring the previous user afterwards). */
  asUser<T>(user: string, body: () => T): T {
    const previous = this.activeUser;
    this.activeUser = user;
    try {
      return body();
    } finally {
      this.activeUser = previous;
    }
  }

  /** `user` editing cells by hand in the Sheets UI: their access and protections apply. */
  typingAs<T>(user: string, body: () => T): T {
    this.typing++;
    try {
      return this.asUser(user, body);
    } finally {
      this.typing--;
    }
  }

  /** True while Google itself writes: sharing and protections do not apply. */
  get isSystem(): boolean {
    return this.systemWriting > 0;
  }
}
