/** ScriptApp: installable triggers, kept in a list; form-submit triggers fire on a fake submission. */
import type { FakeEnv } from './env';
import type { FakeForm, FakeFormResponse } from './forms';

export const EVENT_TYPES = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
} as const;
export const TRIGGER_SOURCES = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
} as const;

export class FakeTrigger {
  constructor(
    readonly uid: string,
    readonly handler: string,
    readonly eventType: string,
    readonly source: string,
    readonly sourceId: string | null,
    readonly schedule: Record<string, unknown>,
  ) {}

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

  create(): FakeTrigger {
    return this.app._install(this.handler, this.eventType, this.source, this.sourceId, {});
  }
}

class ClockTriggerBuilder {
  private readonly schedule: Record<string, unknown> = {};

  constructor(
    private readonly app: FakeScriptApp,
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

  onWeekDay(day: string): this {
    this.schedule.weekDay = day;
    return this;
  }

  atHour(hour: number): this {
    this.schedule.hour = hour;
    return this;
  }

  create(): FakeTrigger {
    if (!this.schedule.everyWeeks && !this.schedule.everyDays)
      throw new Error('A clock trigger needs a frequency');
    return this.app._install(
      this.handler,
      EVENT_TYPES.CLOCK,
      TRIGGER_SOURCES.CLOCK,
      null,
      this.schedule,
    );
  }
}

class TriggerBuilder {
  constructor(
    private readonly app: FakeScriptApp,
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
    return new ClockTriggerBuilder(this.app, this.handler);
  }
}

export class FakeScriptApp {
  readonly triggers: FakeTrigger[] = [];
  readonly EventType = EVENT_TYPES;
  readonly TriggerSource = TRIGGER_SOURCES;
  readonly WeekDay = {
    MONDAY: 'MONDAY',
    TUESDAY: 'TUESDAY',
    WEDNESDAY: 'WEDNESDAY',
    THURSDAY: 'THURSDAY',
    FRIDAY: 'FRIDAY',
    SATURDAY: 'SATURDAY',
    SUNDAY: 'SUNDAY',
  };
  readonly AuthMode = { FULL: 'FULL', LIMITED: 'LIMITED', NONE: 'NONE' };

  constructor(private readonly env: FakeEnv) {}

  _install(
    handler: string,
    eventType: string,
    source: string,
    sourceId: string | null,
    schedule: Record<string, unknown>,
  ): FakeTrigger {
    const trigger = new FakeTrigger(
      this.env.id('trigger'),
      handler,
      eventType,
      source,
      sourceId,
      schedule,
    );
    this.triggers.push(trigger);
    return trigger;
  }

  newTrigger(handler: string): TriggerBuilder {
    return new TriggerBuilder(this, handler);
  }

  getProjectTriggers(): FakeTrigger[] {
    return [...this.triggers];
  }

  deleteTrigger(trigger: FakeTrigger): void {
    const index = this.triggers.indexOf(trigger);
    if (index >= 0) this.triggers.splice(index, 1);
  }

  /** Runs the installed form-submit triggers of the form and of its destination spreadsheet. */
  _fireFormSubmit(form: FakeForm, response: FakeFormResponse): void {
    for (const trigger of this.triggers.filter((t) => t.eventType === EVENT_TYPES.ON_FORM_SUBMIT)) {
      if (trigger.source === TRIGGER_SOURCES.FORMS && trigger.sourceId === form.id) {
        this.env.dispatch(trigger.handler, {
          response,
          source: form,
          authMode: 'FULL',
          triggerUid: trigger.uid,
        });
      }
    }
  }

  /** Runs every clock trigger's handler once, as Apps Script would on schedule (test helper). */
  _runClockTriggers(): void {
    for (const trigger of this.triggers.filter((t) => t.eventType === EVENT_TYPES.CLOCK)) {
      this.env.dispatch(trigger.handler, { triggerUid: trigger.uid, authMode: 'FULL' });
    }
  }
}
