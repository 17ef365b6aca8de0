/**
 * build/dyad.html opened from disk as the Lead opens it (file://), with every request the page
 * or its worker makes recorded, and anything that is not the page's own file or its own blob
 * aborted. Downloads are read back as bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';

export const WEB_PAGE_PATH = resolve(__dirname, '../../../build/dyad.html');
export const WEB_PAGE_URL = `file://${WEB_PAGE_PATH}`;

export interface WebPage {
  context: BrowserContext;
  page: Page;
  /** Every request the page, its worker or its downloads made, in order. */
  requests: string[];
  /** Requests to anywhere but the page's file or a blob it made itself: aborted. */
  blocked: string[];
  pageErrors: string[];
  consoleErrors: string[];
}

/** Only the page's own file, and the blob: URLs it makes from its own memory (its worker, its downloads). */
export function isOwnRequest(url: string): boolean {
  return url === WEB_PAGE_URL || url.startsWith('blob:null/');
}

export async function openWebPage(browser: Browser, width = 1280): Promise<WebPage> {
  if (!existsSync(WEB_PAGE_PATH)) {
    throw new Error(
      `${WEB_PAGE_PATH} is missing: run "npm run build:web" (npm run test:browser does)`,
    );
  }
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    acceptDownloads: true,
    deviceScaleFactor: 1,
  });
  const opened: WebPage = {
    context,
    page: await context.newPage(),
    requests: [],
    blocked: [],
    pageErrors: [],
    consoleErrors: [],
  };
  context.on('request', (request) => opened.requests.push(request.url()));
  await context.route(
    (url) => !isOwnRequest(url.href),
    (route) => {
      opened.blocked.push(route.request().url());
      void route.abort();
    },
  );
  opened.page.on('pageerror', (error) => opened.pageErrors.push(error.message));
  opened.page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text());
  });
  await opened.page.goto(WEB_PAGE_URL, { waitUntil: 'load' });
  return opened;
}

/** Chooses the files through the page's own file input, as the picker does. */
export async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  await page.locator('#files').setInputFiles(paths);
}

/** The outcome heading, or the error, once the run has finished. */
export async function waitForOutcome(page: Page): Promise<void> {
  await page.locator('#result-heading, #error:not([hidden])').first().waitFor({ timeout: 30000 });
}

export async function run(page: Page, action: 'Match' | 'Evaluate', asOf?: string): Promise<void> {
  if (asOf !== undefined) await page.getByLabel('As-of date').fill(asOf);
  await page.getByRole('button', { name: action, exact: true }).click();
  await waitForOutcome(page);
}

export async function downloadBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

/** Clicks each download link and answers the files by the names they are saved under. */
export async function downloadAll(page: Page): Promise<Map<string, Buffer>> {
  const links: Locator = page.locator('#download-list a[download]');
  const files = new Map<string, Buffer>();
  for (let i = 0; i < (await links.count()); i++) {
    const [download] = await Promise.all([page.waitForEvent('download'), links.nth(i).click()]);
    files.set(download.suggestedFilename(), await downloadBytes(download));
  }
  return files;
}
