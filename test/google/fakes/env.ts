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

export type TriggerDispatch = (handler: string, event: unknown) => void;

export class FakeEnv {
  /** Calls to SpreadsheetApp and everything it returns (spreadsheets, sheets, ranges, UI). */
  readonly spreadsheetCalls = new CallCounter();
  timeZone: string;
  activeUser: string;
  /** The clock the project sees (`new Date()` inside the bundle). */
  now: Date;
  /** Whether a document lock is held right now, and how often one was taken. */
  lockHeld = false;
  lockAcquisitions = 0;
  /** When true, spreadsheet writes outside a document lock throw (Google's own writes excepted). */
  requireLockForWrites = false;
  /** Writes by Google itself (form responses landing in a response sheet) need no lock. */
  systemWriting = 0;
  /** False inside triggers: SpreadsheetApp.getUi() then throws, as in Apps Script. */
  uiAvailable = true;
  dispatch: TriggerDispatch = () => {
    throw new Error('No trigger dispatcher: load the bundle first');
  };
  private nextId = 1;

  constructor(options: { timeZone: string; user: string; now: Date }) {
    this.timeZone = options.timeZone;
    this.activeUser = options.user;
    this.now = options.now;
  }

  id(prefix: string): string {
    return `${prefix}${String(this.nextId++).padStart(6, '0')}`;
  }

  checkWrite(what: string): void {
    if (this.requireLockForWrites && !this.lockHeld && this.systemWriting === 0) {
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
}
