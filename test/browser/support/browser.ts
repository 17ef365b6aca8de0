/**
 * Chromium for the browser tests: the system's own build (never a downloaded one), headless,
 * offline. Every page records the dialogs it opens and the page errors it throws, so a test
 * can prove that no script ran from user data.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Viewport {
  width: number;
  height: number;
}

/** The Apps Script sidebar is 300 px wide; the committee reads on a laptop. */
export const NARROW: Viewport = { width: 300, height: 800 };
export const WIDE: Viewport = { width: 1280, height: 800 };
export const VIEWPORTS: readonly Viewport[] = [NARROW, WIDE];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** What a page did that it should not have. */
export interface PageEvents {
  dialogs: string[];
  pageErrors: string[];
  consoleErrors: string[];
  blockedRequests: string[];
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  events: PageEvents;
}

/**
 * A fresh context and page at the given size. Requests leaving the machine are aborted and
 * listed: a sidebar must work with what it ships, and a summary must fetch nothing.
 */
export async function openPage(browser: Browser, viewport: Viewport): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const events: PageEvents = {
    dialogs: [],
    pageErrors: [],
    consoleErrors: [],
    blockedRequests: [],
  };
  page.on('dialog', (dialog) => {
    events.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => events.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') events.consoleErrors.push(message.text());
  });
  await context.route(/^(https?|wss?):/, (route) => {
    events.blockedRequests.push(route.request().url());
    void route.abort();
  });
  return { context, page, events };
}
