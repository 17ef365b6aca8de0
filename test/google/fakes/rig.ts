/**
 * Loads the BUILT bundle (dist/Code.js) into one Node vm context with the fakes as globals: the
 * way Apps Script loads a project, one shared global scope. The context's `Date` reads the
 * fake clock for `new Date()` and `Date.now()`, and is still the same Date the fakes create, so
 * `instanceof Date` holds across the boundary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { GoogleFakes, type FakeOptions } from './index';

export type Global = Record<string, unknown>;

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
  readonly context: Global;

  constructor(distDir: string, options: Omit<FakeOptions, 'htmlDir'>) {
    this.fakes = new GoogleFakes({ ...options, htmlDir: distDir });
    this.context = createContext({
      ...this.fakes.globals(),
      Date: clockDate(this.fakes),
      console,
    }) as Global;
    runInContext(readFileSync(join(distDir, 'Code.js'), 'utf8'), this.context, {
      filename: 'Code.js',
    });
    this.fakes.env.dispatch = (handler, event) => this.runTrigger(handler, event);
  }

  /** Calls a global function of the bundle as the current user (a menu item or google.script.run). */
  call<T = unknown>(name: string, ...args: unknown[]): T {
    const fn = this.context[name];
    if (typeof fn !== 'function') throw new Error(`The bundle has no global function ${name}`);
    return (fn as (...a: unknown[]) => T)(...args);
  }

  /** Runs a trigger handler: no UI, as in Apps Script. */
  runTrigger(handler: string, event: unknown): void {
    const ui = this.fakes.env.uiAvailable;
    this.fakes.env.uiAvailable = false;
    try {
      this.call(handler, event);
    } finally {
      this.fakes.env.uiAvailable = ui;
    }
  }

  as<T>(user: string, body: () => T): T {
    const previous = this.fakes.env.activeUser;
    this.fakes.setUser(user);
    try {
      return body();
    } finally {
      this.fakes.setUser(previous);
    }
  }
}
