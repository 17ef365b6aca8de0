/**
 * ScriptApp of one script project: installable triggers, each owned by the user who created it
 * (https://developers.google.com/apps-script/guides/triggers/installable), fired as that user:
 * form-submit triggers on a fake submission, clock triggers when the harness advances time.
 */
import { instantOf, wallClock } from './clock';
import type { FakeEnv, ScriptProject, TriggerDispatch } from './env';
import type { FakeForm, FakeFormResponse } from './forms';

export const EVENT_TYPES = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
} as const;
export const TRIGGER_SOURCES = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
} as const;
const WEEK_DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** Quotas: "Triggers: 20 / user / script" (https://developers.google.com/apps-script/guides/services/quotas). */
export const TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export interface ClockSchedule {
  everyWeeks?: number;
  everyDays?: number;
  everyHours?: number;
  everyMinutes?: number;
  weekDay?: string;
  hour?: number;
  /** A one-off trigger: at(date) or after(ms). */
  at?: Date;
}

/** A spreadsheet's form-submit event (https://developers.google.com/apps-script/guides/triggers/events#form-submit). */
export interface SheetSubmitEvent {
  spreadsheetId: string;
  range: unknown;
  values: string[];
  namedValues: Record<string, string[]>;
}

export class FakeTrigger {
  /** When a clock trigger next fires (null for event triggers and spent one-off triggers). */
  nextRun: Date | null = null;
  /** The minutes past `atHour` Apps Script picked for this trigger (kept from run to run). */
  readonly minuteOffset: number;

  constructor(
    readonly uid: string,
    readonly handler: string,
    readonly eventType: string,
    readonly source: string,
    readonly sourceId: string | null,
    readonly schedule: ClockSchedule,
    /** The user who created it: it runs as them, and only they see or delete it. */
    readonly owner: string,
  ) {
    this.minuteOffset = randomisedMinute(uid);
  }

  getUniqueId(): string {
    return this.uid;
  }

  getHandlerFunction(): string {
    return this.handler;
  }

  getEventType(): string {
    return this.eventType;
  }

  getTriggerSource(): string {
    return this.source;
  }

  getTriggerSourceId(): string | null {
    return this.sourceId;
  }
}

/**
 * "If you create a recurring 9 a.m. trigger, Apps Script chooses a time between 9 a.m. and
 * 10 a.m., then keeps that timing consistent": a minute from 1 to 59 fixed per trigger, so a
 * test can see that the run is not at 9:00 exactly.
 */
function randomisedMinute(uid: string): number {
  let hash = 7;
  for (const ch of uid) hash = (hash * 31 + ch.charCodeAt(0)) % 10007;
  return 1 + (hash % 59);
}

/** The first time after `after` at which a recurring clock trigger fires, in the script's zone. */
export function nextClockRun(trigger: FakeTrigger, after: Date, timeZone: string): Date | null {
  const s = trigger.schedule;
  if (s.at) return s.at.getTime() > after.getTime() ? s.at : null;
  if (s.everyMinutes) return new Date(after.getTime() + s.everyMinutes * 60_000);
  if (s.everyHours) return new Date(after.getTime() + s.everyHours * HOUR);
  const hour = s.hour ?? 0;
  const minute = trigger.minuteOffset;
  const today = wallClock(after, timeZone);
  for (let days = 0; days <= 7 * (s.everyWeeks ?? 1) + 1; days++) {
    const base = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
    const at = instantOf(
      {
        year: base.getUTCFullYear(),
        month: base.getUTCMonth() + 1,
        day: base.getUTCDate(),
        hour,
        minute,
        second: 0,
      },
      timeZone,
    );
    if (at.getTime() <= after.getTime()) continue;
    if (s.weekDay && WEEK_DAYS[base.getUTCDay()] !== s.weekDay) continue;
    return at;
  }
  return null;
}

class SourceTriggerBuilder {
  private eventType: string = EVENT_TYPES.ON_OPEN;

  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
    private readonly source: string,
    private readonly sourceId: string,
  ) {}

  onFormSubmit(): this {
    this.eventType = EVENT_TYPES.ON_FORM_SUBMIT;
    return this;
  }

  onOpen(): this {
    this.eventType = EVENT_TYPES.ON_OPEN;
    return this;
  }

  onEdit(): this {
    this.eventType = EVENT_TYPES.ON_EDIT;
    return this;
  }

  onChange(): this {
    this.eventType = EVENT_TYPES.ON_CHANGE;
    return this;
  }

  create(): FakeTrigger {
    return this.app._install(this.handler, this.eventType, this.source, this.sourceId, {});
  }
}

class ClockTriggerBuilder {
  private readonly schedule: ClockSchedule = {};

  constructor(
    private readonly app: FakeScriptApp,
    private readonly env: FakeEnv,
    private readonly handler: string,
  ) {}

  everyWeeks(n: number): this {
    this.schedule.everyWeeks = n;
    return this;
  }

  everyDays(n: number): this {
    this.schedule.everyDays = n;
    return this;
  }

  /** everyHours: 1, 2, 4, 6, 8 or 12. */
  everyHours(n: number): this {
    if (![1, 2, 4, 6, 8, 12].includes(n))
      throw new Error('The hour interval must be 1, 2, 4, 6, 8 or 12.');
    this.schedule.everyHours = n;
    return this;
  }

  /** everyMinutes: 1, 5, 10, 15 or 30. */
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n))
      throw new Error('The minute interval must be 1, 5, 10, 15 or 30.');
    this.schedule.everyMinutes = n;
    return this;
  }

  onWeekDay(day: string): this {
    this.schedule.weekDay = day;
    return this;
  }

  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23)
      throw new Error('The hour must be between 0 and 23.');
    this.schedule.hour = hour;
    return this;
  }

  at(date: Date): this {
    this.schedule.at = new Date(date.getTime());
    return this;
  }

  after(ms: number): this {
    this.schedule.at = new Date(this.env.now.getTime() + ms);
    return this;
  }

  create(): FakeTrigger {
    const s = this.schedule;
    if (!s.everyWeeks && !s.everyDays && !s.everyHours && !s.everyMinutes && !s.at)
      throw new Error('A clock trigger needs a frequency');
    if (s.weekDay && !s.everyWeeks)
      throw new Error('onWeekDay can only be used with a weekly trigger (everyWeeks).');
    return this.app._install(this.handler, EVENT_TYPES.CLOCK, TRIGGER_SOURCES.CLOCK, null, s);
  }
}

class TriggerBuilder {
  constructor(
    private readonly app: FakeScriptApp,
    private readonly env: FakeEnv,
    private readonly handler: string,
  ) {}

  forSpreadsheet(ss: string | { getId(): string }): SourceTriggerBuilder {
    return new SourceTriggerBuilder(
      this.app,
      this.handler,
      TRIGGER_SOURCES.SPREADSHEETS,
      typeof ss === 'string' ? ss : ss.getId(),
    );
  }

  forForm(form: string | { getId(): string }): SourceTriggerBuilder {
    return new SourceTriggerBuilder(
      this.app,
      this.handler,
      TRIGGER_SOURCES.FORMS,
      typeof form === 'string' ? form : form.getId(),
    );
  }

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.app, this.env, this.handler);
  }
}

export class FakeScriptApp implements ScriptProject {
  /** Every user's triggers on this project (tests read it; the bundle sees only its user's). */
  readonly triggers: FakeTrigger[] = [];
  readonly EventType = EVENT_TYPES;
  readonly TriggerSource = TRIGGER_SOURCES;
  readonly WeekDay = Object.fromEntries(WEEK_DAYS.map((d) => [d, d])) as Record<string, string>;
  readonly AuthMode = { FULL: 'FULL', LIMITED: 'LIMITED', NONE: 'NONE' };
  /** Runs a handler of this project as a user with fresh globals (set by the rig). */
  dispatch: TriggerDispatch = () => {
    throw new Error('No trigger dispatcher: load the bundle first');
  };

  constructor(
    private readonly env: FakeEnv,
    /** The script project's id (the bound script of one spreadsheet). */
    readonly scriptId: string = env.id('script'),
  ) {
    env.projects.push(this);
  }

  private mine(): FakeTrigger[] {
    return this.triggers.filter((t) => t.owner === this.env.activeUser);
  }

  _install(
    handler: string,
    eventType: string,
    source: string,
    sourceId: string | null,
    schedule: ClockSchedule,
  ): FakeTrigger {
    if (this.mine().length >= TRIGGERS_PER_USER) throw new Error(TOO_MANY_TRIGGERS);
    const trigger = new FakeTrigger(
      this.env.id('trigger'),
      handler,
      eventType,
      source,
      sourceId,
      schedule,
      this.env.activeUser,
    );
    if (eventType === EVENT_TYPES.CLOCK)
      trigger.nextRun = nextClockRun(trigger, this.env.now, this.env.timeZone);
    this.triggers.push(trigger);
    return trigger;
  }

  newTrigger(handler: string): TriggerBuilder {
    this.env.requireAuthorization('ScriptApp.newTrigger', ['script.scriptapp']);
    return new TriggerBuilder(this, this.env, handler);
  }

  /** getProjectTriggers: "all installable triggers associated with the current project and current user". */
  getProjectTriggers(): FakeTrigger[] {
    this.env.requireAuthorization('ScriptApp.getProjectTriggers', ['script.scriptapp']);
    return this.mine();
  }

  /** getUserTriggers(spreadsheet or form): the current user's triggers on that file, this script only. */
  getUserTriggers(file: { getId(): string }): FakeTrigger[] {
    const id = file.getId();
    return this.mine().filter((t) => t.sourceId === id);
  }

  /**
   * deleteTrigger: a user sees only their own triggers ("A given account cannot see triggers
   * installed from a second account"), so another user's trigger cannot be deleted.
   */
  deleteTrigger(trigger: FakeTrigger): void {
    const index = this.triggers.indexOf(trigger);
    if (index < 0) return;
    if (trigger.owner !== this.env.activeUser)
      throw new Error(`The trigger ${trigger.uid} belongs to ${trigger.owner}, not to you.`);
    this.triggers.splice(index, 1);
  }

  /** Runs the form-submit triggers of the form and of its destination spreadsheet, each as its creator. */
  _fireFormSubmit(
    form: FakeForm,
    response: FakeFormResponse,
    sheetEvent: SheetSubmitEvent | null,
  ): void {
    for (const trigger of this.triggers.filter((t) => t.eventType === EVENT_TYPES.ON_FORM_SUBMIT)) {
      if (trigger.source === TRIGGER_SOURCES.FORMS && trigger.sourceId === form.id) {
        this.dispatch(
          trigger.handler,
          { response, source: form, authMode: 'FULL', triggerUid: trigger.uid },
          trigger.owner,
        );
      }
      if (
        sheetEvent &&
        trigger.source === TRIGGER_SOURCES.SPREADSHEETS &&
        trigger.sourceId === sheetEvent.spreadsheetId
      ) {
        this.dispatch(
          trigger.handler,
          {
            authMode: 'FULL',
            triggerUid: trigger.uid,
            range: sheetEvent.range,
            values: sheetEvent.values,
            namedValues: sheetEvent.namedValues,
          },
          trigger.owner,
        );
      }
    }
  }

  _nextClockRun(): Date | null {
    const runs = this.triggers
      .map((t) => t.nextRun)
      .filter((at): at is Date => at !== null)
      .map((at) => at.getTime());
    return runs.length === 0 ? null : new Date(Math.min(...runs));
  }

  _runDueClockTriggers(): void {
    const now = this.env.now.getTime();
    const due = this.triggers.filter((t) => t.nextRun !== null && t.nextRun.getTime() <= now);
    for (const trigger of due) this._runClockTrigger(trigger);
  }

  /** Runs one clock trigger now, as its creator, and schedules its next run. */
  _runClockTrigger(trigger: FakeTrigger): void {
    const at = this.env.now;
    const clock = wallClock(at, this.env.timeZone);
    const s = trigger.schedule;
    // The next run of a weekly trigger is a week on (n weeks), of a daily one n days on.
    const skip = s.everyWeeks
      ? (s.everyWeeks * 7 - 1) * DAY
      : s.everyDays
        ? (s.everyDays - 1) * DAY
        : 0;
    trigger.nextRun = s.at
      ? null
      : nextClockRun(trigger, new Date(at.getTime() + skip), this.env.timeZone);
    this.dispatch(
      trigger.handler,
      {
        authMode: 'FULL',
        triggerUid: trigger.uid,
        year: clock.year,
        month: clock.month,
        'day-of-month': clock.day,
        hour: clock.hour,
        minute: clock.minute,
        second: clock.second,
        timezone: this.env.timeZone,
      },
      trigger.owner,
    );
  }

  /** Runs every clock trigger's handler once now, each as its creator (test helper). */
  _runClockTriggers(): void {
    for (const trigger of this.triggers.filter((t) => t.eventType === EVENT_TYPES.CLOCK)) {
      this.dispatch(trigger.handler, { triggerUid: trigger.uid, authMode: 'FULL' }, trigger.owner);
    }
  }
}
