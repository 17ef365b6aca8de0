/**
 * The screens a test file opens: each in a fresh page of the file's own browser, answered by a
 * server as the Lead (or the IMG Tutor) would be; the pages and the browser closed together
 * when the file is done.
 */
import type { Browser } from 'playwright-core';
import { openScreen } from './appsScriptHtml';
import { NARROW, launchBrowser, openPage, type OpenedPage, type Viewport } from './browser';
import { addDays, pilotDates, type Cohort } from './cohort';
import {
  programmeServer,
  settled,
  templateValues,
  type FakeServer,
  type ProgrammeServerOptions,
} from './fakeServer';

export const LEAD_EMAIL = 'programme.lead@nhs.example.org';

/** The Programme Lead 100 days into the cohort's pilot: meetings due, the decision provisional. */
export function leadMidPilot(cohort: Cohort): ProgrammeServerOptions {
  return { cohort, today: addDays(pilotDates(cohort).start, 100), user: LEAD_EMAIL, role: 'lead' };
}

export interface OpenedScreen extends OpenedPage {
  server: FakeServer;
}

export interface ScreenOptions {
  viewport?: Viewport;
  /** Answers the screen instead of the programme server over `settings`. */
  server?: FakeServer;
  /** Runs on the server before the screen opens (to make a call fail, say). */
  prepare?: (server: FakeServer) => void;
}

export class ScreenPages {
  private readonly opened: OpenedPage[] = [];

  private constructor(private readonly browser: Browser) {}

  static async launch(): Promise<ScreenPages> {
    return new ScreenPages(await launchBrowser());
  }

  /** A fresh page at `viewport`, closed with the others. */
  async page(viewport: Viewport = NARROW): Promise<OpenedPage> {
    const o = await openPage(this.browser, viewport);
    this.opened.push(o);
    return o;
  }

  /** `screen` as `settings` sees it, once the calls it makes as it opens are answered. */
  async open(
    screen: string,
    settings: ProgrammeServerOptions,
    options: ScreenOptions = {},
  ): Promise<OpenedScreen> {
    const o = await this.page(options.viewport);
    const server = options.server ?? programmeServer(settings);
    options.prepare?.(server);
    await openScreen(o.page, screen, templateValues(settings), server);
    await settled(o.page);
    return { ...o, server };
  }

  async close(): Promise<void> {
    await Promise.all(this.opened.map((o) => o.context.close()));
    await this.browser.close();
  }
}
