/**
 * Screenshots of every screen at 300 px and 1280 px, under test-output/screenshots/, for a
 * person to look at; and a check that none of them is blank.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openScreen, shippedScreens } from './support/appsScriptHtml';
import { VIEWPORTS, launchBrowser, openPage } from './support/browser';
import { evaluateWithCli } from './support/cli';
import { SAMPLE_DIR, addDays, loadCohort, pilotDates, type Cohort } from './support/cohort';
import { programmeServer, settled, templateValues } from './support/fakeServer';
import { leadMidPilot } from './support/screenPages';
import { distinctColours } from './support/png';
import {
  BLANK_COLOUR_LIMIT,
  SCREENSHOT_DIR,
  captureScreen,
  screenshotPath,
} from './support/screenshots';
import { showHtml } from './support/staticSite';

let browser: Browser;
let cohort: Cohort;
const taken: string[] = [];

beforeAll(async () => {
  cohort = await loadCohort(SAMPLE_DIR);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function capture(screen: string, show: (page: Page) => Promise<void>) {
  for (const viewport of VIEWPORTS) {
    const { context, page } = await openPage(browser, viewport);
    try {
      await show(page);
      await captureScreen(page, screen);
      taken.push(screenshotPath(screen, viewport.width));
    } finally {
      await context.close();
    }
  }
}

it('captures every sidebar and dialog at 300 and 1280 px', async () => {
  const options = leadMidPilot(cohort);
  for (const screen of shippedScreens()) {
    await capture(screen, async (page) => {
      await openScreen(page, screen, templateValues(options), programmeServer(options));
      await settled(page);
    });
  }
});

it('captures summary.html, final and provisional, at 300 and 1280 px', async () => {
  const { start, end } = pilotDates(cohort);
  for (const [name, asOf] of [
    ['summary-final', addDays(end, 30)],
    ['summary-provisional', addDays(start, 100)],
  ] as const) {
    const html = evaluateWithCli(SAMPLE_DIR, asOf);
    await capture(name, (page) => showHtml(page, '/summary.html', html));
  }
});

it('reads a screenshot exactly: four flat colour blocks are four colours', async () => {
  const { context, page } = await openPage(browser, { width: 200, height: 120 });
  await page.setContent(
    '<body style="margin:0;display:grid;grid-template-columns:1fr 1fr">' +
      ['#005eb8', '#d5ecd9', '#7a1010', '#ffffff']
        .map((c) => `<div style="height:60px;background:${c}"></div>`)
        .join('') +
      '</body>',
  );
  const shot = await page.screenshot();
  await context.close();
  expect(distinctColours(shot)).toBe(4);
});

it('tells a blank screen from a drawn one', async () => {
  const { context, page } = await openPage(browser, VIEWPORTS[0]);
  await page.setContent('<html><body></body></html>');
  const blank = await page.screenshot();
  await context.close();
  expect(distinctColours(blank)).toBeLessThan(BLANK_COLOUR_LIMIT);
});

it('no screenshot is blank', () => {
  expect(taken.length).toBe((shippedScreens().length + 2) * VIEWPORTS.length);
  const all = readdirSync(SCREENSHOT_DIR)
    .filter((file) => file.endsWith('.png'))
    .map((file) => join(SCREENSHOT_DIR, file));
  expect(all).toEqual(expect.arrayContaining(taken));
  const blank = all.filter(
    (file) => distinctColours(readFileSync(file), BLANK_COLOUR_LIMIT) < BLANK_COLOUR_LIMIT,
  );
  expect(blank).toEqual([]);
});
