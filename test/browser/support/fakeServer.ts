/**
 * The add-on's server as the sidebars and dialogs see it through `google.script.run`: each
 * server function answers from the engine on a cohort at a given date, keeps what the Lead
 * records (confirmations, withdrawals, resolutions), and can be told to fail the way
 * `serverCall` fails (an Error with a message in words) so a test can watch the screen say so.
 */
import type { Page } from 'playwright-core';
import type { IsoDate } from '../../../src/core/records';
import type * as api from '../../../src/google/api';
import type { ReviewData, ReviewProposal } from '../../../src/google/matching/review';
import type { InstallationCheck } from '../../../src/google/setup/installationCheck';
import type { Cohort } from './cohort';
import { dashboardFrom } from '../../../src/google/committee/dashboard';
import { meetingsFrom } from '../../../src/google/meetings/meetings';
import { ROLE_WORDS, openEscalations, reviewProposals, withdrawablePairs } from './serverData';

type Api = typeof api;
export type ServerFunction = keyof Api;

/** A handler per server function, with the function's own parameters and answer. */
export type Handlers = {
  [K in ServerFunction]?: (...args: Parameters<Api[K]>) => ReturnType<Api[K]>;
};

export interface ServerCall {
  name: string;
  args: unknown[];
}

export type Reply = { ok: true; value: unknown } | { ok: false; message: string };

/** What the server is asked, and what it answers: plain, scriptable, recorded. */
export class FakeServer {
  readonly calls: ServerCall[] = [];
  /** Every answer given, in order: values and failure messages as the page received them. */
  readonly replies: Reply[] = [];
  private readonly failures = new Map<string, string>();

  constructor(private readonly handlers: Handlers) {}

  /** Every later call of `name` fails with `message`, as a server error would. */
  failWith(name: ServerFunction, message: string): void {
    this.failures.set(name, message);
  }

  recover(name: ServerFunction): void {
    this.failures.delete(name);
  }

  callsOf(name: ServerFunction): ServerCall[] {
    return this.calls.filter((c) => c.name === name);
  }

  answer(name: string, args: unknown[]): Reply {
    this.calls.push({ name, args });
    const reply = this.reply(name, args);
    this.replies.push(reply);
    return reply;
  }

  private reply(name: string, args: unknown[]): Reply {
    const failure = this.failures.get(name);
    if (failure !== undefined) return { ok: false, message: failure };
    const handler = (this.handlers as Record<string, ((...a: unknown[]) => unknown) | undefined>)[
      name
    ];
    if (handler === undefined)
      return { ok: false, message: `No server function ${name} in this test.` };
    try {
      return { ok: true, value: JSON.parse(JSON.stringify(handler(...args) ?? null)) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Installs `google.script` in `page` (before any of its scripts run), answered by this server. */
  async attach(page: Page): Promise<void> {
    await page.exposeFunction('__dyadServerCall', (name: string, args: string) =>
      this.answer(name, JSON.parse(args) as unknown[]),
    );
    await page.addInitScript(GOOGLE_SCRIPT_STUB);
  }
}

/**
 * `google.script` in the page: `run` with its handler builders, answered asynchronously and
 * handlers called from a fresh task, as the real client does; `host.close` leaves a mark.
 */
const GOOGLE_SCRIPT_STUB = `(() => {
  function runner(success, failure, user) {
    return new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (f) => runner(f, failure, user);
        if (name === 'withFailureHandler') return (f) => runner(success, f, user);
        if (name === 'withUserObject') return (u) => runner(success, failure, u);
        if (typeof name !== 'string' || name === 'then') return undefined;
        return (...args) => {
          window.__dyadPending = (window.__dyadPending || 0) + 1;
          window.__dyadServerCall(name, JSON.stringify(args)).then((reply) => {
            setTimeout(() => {
              window.__dyadPending -= 1;
              if (reply.ok) { if (success) success(reply.value, user); }
              else if (failure) failure(new Error(reply.message), user);
            }, 0);
          });
        };
      },
    });
  }
  window.__dyadPending = 0;
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        origin: location.origin,
        close() { window.__dyadClosed = true; },
        setHeight() {},
        setWidth() {},
        editor: { focus() {} },
      },
      url: { getLocation(callback) { callback({ hash: '', parameter: {}, parameters: {} }); } },
    },
  };
})();`;

export interface ProgrammeServerOptions {
  cohort: Cohort;
  today: IsoDate;
  user: string;
  role: 'lead' | 'tutor';
}

/** The template values the add-on's show* functions hand to each screen. */
export function templateValues(o: ProgrammeServerOptions): Record<string, string> {
  return { user: o.user, role: ROLE_WORDS[o.role], today: o.today };
}

/** Waits until every server call the page made has been answered and handled. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __dyadPending?: number }).__dyadPending === 0,
  );
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
}

/**
 * A server over one cohort at `today`: the engine's proposals, evaluation and sheets, changed
 * by what the Lead does in the screens as the real server would change the sheets.
 */
export function programmeServer(o: ProgrammeServerOptions): FakeServer {
  const { records } = o.cohort.read;
  const evaluation = o.cohort.evaluate(o.today);
  let proposals: ReviewProposal[] = reviewProposals(o.cohort.matches.proposals, records);
  let escalations = openEscalations(records, o.today);
  let pairs = withdrawablePairs(records);
  const reminded = new Map<string, IsoDate>();
  const review = (message = ''): ReviewData => ({ user: o.user, role: o.role, proposals, message });
  const meetings = () => meetingsFrom(evaluation, records, (pairId) => reminded.get(pairId) ?? '');

  return new FakeServer({
    getReviewData: () => review(),
    confirmProposal: (key, rationale) => {
      const why = rationale.trim();
      if (why === '')
        throw new Error('Write a rationale before confirming: why is this a good match?');
      const target = proposals.find((p) => p.key === key);
      if (target === undefined)
        throw new Error('That proposal is no longer in the proposals sheet.');
      const mine =
        o.role === 'lead'
          ? { leadBy: o.user, leadRationale: why }
          : { tutorBy: o.user, tutorRationale: why };
      const state =
        o.role === 'lead'
          ? 'Confirmed by lead; awaiting IMG tutor'
          : 'Confirmed by IMG tutor; awaiting lead';
      proposals = proposals.map((p) =>
        p === target ? { ...p, ...mine, state, canConfirm: false } : p,
      );
      return review(
        `${o.role === 'lead' ? 'Lead' : 'IMG Tutor'} confirmed ${target.mentee} with ${target.mentor}.`,
      );
    },
    getDashboardData: () => dashboardFrom(evaluation, escalations),
    getMeetingsData: meetings,
    sendRemindersFromSidebar: () => {
      const overdue = meetings().pairs.filter((p) => p.overdue.length > 0);
      overdue.forEach((p) => reminded.set(p.pairId, o.today));
      return { message: `${overdue.length * 2} reminder emails sent.`, data: meetings() };
    },
    getOpenEscalations: () => ({
      escalations,
      channels: [
        'Educational supervisor',
        'Guardian of Safe Working Hours',
        'Freedom to Speak Up Guardian',
      ],
    }),
    resolveEscalation: (resolution) => {
      if (!escalations.some((e) => e.id === resolution.id))
        throw new Error(`There is no open escalation ${resolution.id}.`);
      escalations = escalations.filter((e) => e.id !== resolution.id);
      return {
        message: `Escalation ${resolution.id} resolved through ${resolution.channel.trim()}`,
        escalations,
      };
    },
    getWithdrawablePairs: () => pairs,
    recordPairWithdrawal: (input) => {
      if (input.date > o.today) throw new Error('The withdrawal date cannot be in the future.');
      pairs = pairs.filter((p) => p.pairId !== input.pairId);
      return {
        message: `Pair ${input.pairId} withdrawn on ${input.date} (beyond programme control: ${input.beyondControl})`,
        pairs,
      };
    },
    recordMidPilotReviewAnswer: (escalated) => ({
      message: `Mid-pilot review: admin burden escalated to senior team = ${escalated}`,
    }),
    getInstallationChecks: () => installationChecks(o.user),
  });
}

/** What Check installation finds in a sound installation with one form not yet published. */
function installationChecks(lead: string): InstallationCheck[] {
  return [
    {
      area: 'form',
      item: 'Mentee application form: published',
      ok: true,
      detail: 'Published and accepting responses; answers go to this spreadsheet.',
    },
    {
      area: 'form',
      item: 'Meeting check-in form: published',
      ok: false,
      detail: 'Not published: nobody can answer it. Run Dyad → Set up programme again.',
    },
    {
      area: 'file',
      item: 'Private spreadsheet: who can open it',
      ok: true,
      detail: `Only the Programme Leads can open it: ${lead}.`,
    },
    {
      area: 'mail',
      item: 'Mail quota',
      ok: true,
      detail: '98 emails left today.',
    },
  ];
}
