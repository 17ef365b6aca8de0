/**
 * Loads the BUILT bundle (dist/Code.js) into Node vm contexts with the fakes as globals, the way
 * Apps Script runs a project: every execution (a menu item, a sidebar's google.script.run call,
 * a trigger) starts from fresh globals, so nothing survives between executions except what
 * Google keeps (sheets, properties, triggers, files). Each execution runs as one named user:
 * the caller, who must be an editor of the bound spreadsheet (only editors can run its
 * scripts), or, for an installable trigger, the trigger's creator. The context's `Date` reads
 * the fake clock for `new Date()` and `Date.now()`, and is still the same Date the fakes create,
 * so `instanceof Date` holds across the boundary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script, createContext } from 'node:vm';
import type { Answer, FakeForm, FakeFormResponse } from './forms';
import { GoogleFakes, type FakeOptions } from './index';

export type Global = Record<string, unknown>;

/** Bound scripts run only for editors: "onOpen … runs … by a user who has edit access". */
export const NOT_AN_EDITOR = (user: string) =>
  `${user} cannot run this spreadsheet's script: only its editors can.`;

const compiled = new Map<string, Script>();

function bundleScript(distDir: string): Script {
  const file = join(distDir, 'Code.js');
  let script = compiled.get(file);
  if (!script) {
    script = new Script(readFileSync(file, 'utf8'), { filename: 'Code.js' });
    compiled.set(file, script);
  }
  return script;
}

function clockDate(fakes: GoogleFakes): DateConstructor {
  return new Proxy(Date, {
    construct(target, args: unknown[]) {
      return args.length === 0
        ? new target(fakes.env.now.getTime())
        : new (target as unknown as new (...a: unknown[]) => Date)(...args);
    },
    apply(target) {
      return new target(fakes.env.now.getTime()).toString();
    },
    get(target, key, receiver) {
      if (key === 'now') return () => fakes.env.now.getTime();
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

export class AppsScriptRig {
  readonly fakes: GoogleFakes;
  private readonly script: Script;
  private latest: Global | null = null;
  /** How many executions have run (each with fresh globals). */
  executions = 0;

  constructor(
    private readonly distDir: string,
    options: Omit<FakeOptions, 'htmlDir'>,
    fakes?: GoogleFakes,
  ) {
    this.fakes = fakes ?? new GoogleFakes({ ...options, htmlDir: distDir });
    this.script = bundleScript(distDir);
    const manifest = join(distDir, 'appsscript.json');
    if (!fakes && existsSync(manifest)) {
      const scopes = (JSON.parse(readFileSync(manifest, 'utf8')) as { oauthScopes?: string[] })
        .oauthScopes;
      this.fakes.env.grantedScopes = scopes ?? null;
    }
    this.fakes.scripts.dispatch = (handler, event, owner) => this.runTrigger(handler, event, owner);
  }

  /** The globals of the latest execution (a fresh one if nothing has run yet). */
  get context(): Global {
    return this.latest ?? this.freshContext();
  }

  private freshContext(): Global {
    const context = createContext({
      ...this.fakes.globals(),
      Date: clockDate(this.fakes),
      console,
    }) as Global;
    this.script.runInContext(context);
    this.latest = context;
    return context;
  }

  /**
   * One execution as `user`: fresh globals, the bound spreadsheet active, and the locks it
   * took released when it ends, as Apps Script does.
   */
  private execute<T>(user: string, ui: boolean, body: (context: Global) => T): T {
    const env = this.fakes.env;
    const saved = { user: env.activeUser, ui: env.uiAvailable, active: this.fakes.sheets.active };
    const locksBefore = new Set(env.heldLocks);
    env.activeUser = user;
    env.uiAvailable = ui;
    this.fakes.sheets.active = this.fakes.spreadsheet;
    this.executions++;
    try {
      return body(this.freshContext());
    } finally {
      for (const key of [...env.heldLocks]) if (!locksBefore.has(key)) env.heldLocks.delete(key);
      env.activeUser = saved.user;
      env.uiAvailable = saved.ui;
      this.fakes.sheets.active = saved.active;
    }
  }

  private static invoke<T>(context: Global, name: string, args: unknown[]): T {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`The bundle has no global function ${name}`);
    return (fn as (...a: unknown[]) => T)(...args);
  }

  /** Calls a global function of the bundle as the current user (a menu item or google.script.run). */
  call<T = unknown>(name: string, ...args: unknown[]): T {
    return this.callAs<T>(this.fakes.env.activeUser, name, ...args);
  }

  /** Calls a global function as `user`, who must be an editor of the bound spreadsheet. */
  callAs<T = unknown>(user: string, name: string, ...args: unknown[]): T {
    if (!this.fakes.spreadsheet.access.canEdit(user)) throw new Error(NOT_AN_EDITOR(user));
    return this.execute(user, true, (context) => AppsScriptRig.invoke<T>(context, name, args));
  }

  /** Runs a trigger handler as its creator (`owner`): no UI, as in Apps Script. */
  runTrigger(handler: string, event: unknown, owner = this.fakes.env.activeUser): void {
    this.execute(owner, false, (context) => AppsScriptRig.invoke(context, handler, [event]));
  }

  /**
   * `user` opens the spreadsheet: the simple trigger onOpen runs for an editor, in limited
   * authorization (no other file, form, mail or trigger service). A viewer's open runs nothing.
   */
  open(user: string): void {
    if (!this.fakes.spreadsheet.access.canEdit(user)) return;
    const env = this.fakes.env;
    env.simpleTrigger = true;
    try {
      this.execute(user, true, (context) =>
        typeof context.onOpen === 'function'
          ? AppsScriptRig.invoke(context, 'onOpen', [{ authMode: 'LIMITED', user }])
          : undefined,
      );
    } finally {
      env.simpleTrigger = false;
    }
  }

  /** Runs `body` with `user` as the caller of every call in it. */
  as<T>(user: string, body: () => T): T {
    return this.fakes.env.asUser(user, body);
  }

  /** `user` editing the spreadsheet by hand: their sharing and the protections apply. */
  typeAs<T>(user: string, body: () => T): T {
    return this.fakes.env.typingAs(user, body);
  }

  /** A respondent submits a form (found by title, the newest of that title, or given). */
  submit(
    form: string | FakeForm,
    respondent: string,
    answers: Record<string, Answer>,
    at?: Date,
  ): FakeFormResponse {
    const target = typeof form === 'string' ? this.fakes.forms._byTitle(form) : form;
    return target._submit(respondent, answers, at);
  }

  /** Moves the clock to `until`, running every project's clock triggers as they fall due. */
  advanceTo(until: Date): void {
    const env = this.fakes.env;
    for (;;) {
      const due = env.projects
        .map((project) => ({ project, at: project._nextClockRun() }))
        .filter((p): p is { project: (typeof env.projects)[number]; at: Date } => p.at !== null)
        .filter((p) => p.at.getTime() <= until.getTime())
        .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
      if (!due) break;
      if (due.at.getTime() > env.now.getTime()) env.now = due.at;
      due.project._runDueClockTriggers();
    }
    if (until.getTime() > env.now.getTime()) env.now = new Date(until.getTime());
  }

  advanceBy(ms: number): void {
    this.advanceTo(new Date(this.fakes.env.now.getTime() + ms));
  }

  /** `user` makes a copy of the bound spreadsheet (File → Make a copy): a rig for the copy. */
  makeCopy(user: string, name = `Copy of ${this.fakes.spreadsheet.name}`): AppsScriptRig {
    const fakes = this.fakes._makeCopy(user, name);
    return new AppsScriptRig(this.distDir, { user }, fakes);
  }
}
