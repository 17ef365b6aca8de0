/**
 * summary.html, the committee's page, as the command line writes it for the sample programme:
 * final (as of after the pilot end) and provisional (as of before it), read in Chromium on a
 * laptop screen and at sidebar width, and printed on A4.
 */
import type { Browser, Page } from 'playwright-core';
import { committeeSummary } from '../../src/core/committeeSummary';
import type { Evaluation, ThresholdStatus } from '../../src/core/results';
import { seriousViolations } from './support/accessibility';
import {
  NARROW,
  VIEWPORTS,
  WIDE,
  launchBrowser,
  openPage,
  type OpenedPage,
  type Viewport,
} from './support/browser';
import { evaluateWithCli } from './support/cli';
import { SAMPLE_DIR, addDays, loadCohort, pilotDates } from './support/cohort';
import { horizontalOverflow, withinFirstScreen } from './support/layout';
import { a4PrintableWidthPx, splittable, tablesWiderThan } from './support/print';
import { isFocused, tabTo } from './support/screens';
import { showHtml } from './support/staticSite';

interface SummaryCase {
  name: string;
  evaluation: Evaluation;
  html: string;
}

/** Words a reader sees for each status, colour aside. */
const STATUS_TEXT: Record<ThresholdStatus, RegExp> = {
  met: /(^|[^t] )\bmet\b/i,
  not_met: /\bnot met\b/i,
  pending: /\bpending\b/i,
  insufficient_data: /\binsufficient data\b/i,
};

let browser: Browser;
const cases: SummaryCase[] = [];
const opened: OpenedPage[] = [];

beforeAll(async () => {
  const cohort = await loadCohort(SAMPLE_DIR);
  const { start, end } = pilotDates(cohort);
  const finalAsOf = addDays(end, 30);
  const provisionalAsOf = addDays(start, 100);
  cases.push(
    {
      name: 'summary-final',
      evaluation: cohort.evaluate(finalAsOf),
      html: evaluateWithCli(SAMPLE_DIR, finalAsOf),
    },
    {
      name: 'summary-provisional',
      evaluation: cohort.evaluate(provisionalAsOf),
      html: evaluateWithCli(SAMPLE_DIR, provisionalAsOf),
    },
  );
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all(opened.map((o) => o.context.close()));
  await browser?.close();
});

const shown = new Map<string, Promise<OpenedPage>>();

async function load(c: SummaryCase, viewport: Viewport): Promise<OpenedPage> {
  const o = await openPage(browser, viewport);
  opened.push(o);
  await showHtml(o.page, '/summary.html', c.html);
  return o;
}

/** The summary at that size, opened once and shared by the tests that only read it. */
function show(c: SummaryCase, viewport: Viewport): Promise<OpenedPage> {
  const key = `${c.name}-${viewport.width}`;
  if (!shown.has(key)) shown.set(key, load(c, viewport));
  return shown.get(key) as Promise<OpenedPage>;
}

function decision(page: Page) {
  return page.locator('section[aria-labelledby="decision"]');
}

it('the cohorts give one final and one provisional decision', () => {
  expect(cases.map((c) => c.evaluation.provisional)).toEqual([false, true]);
});

describe.each([0, 1])('summary.html, case %i', (index) => {
  const current = (): SummaryCase => cases[index];

  it('states the decision and its reasons within the first screen at 1280×800', async () => {
    const { evaluation } = current();
    const { page } = await show(current(), WIDE);
    const headline = decision(page).locator('.headline, p').first();
    await expect(headline.innerText()).resolves.toContain(evaluation.recommendation);
    await expect(headline.innerText()).resolves.toContain(
      `scenario ${evaluation.scenario}`.replace(/^s/, evaluation.provisional ? 's' : 'S'),
    );
    expect(await withinFirstScreen(headline)).toBe(true);
    // The committee's reasons: a detail withheld under the small-number rule is withheld there too.
    const { reasons } = committeeSummary(evaluation);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) {
      const item = decision(page).getByText(reason, { exact: true });
      await expect(item.count()).resolves.toBe(1);
      expect(await withinFirstScreen(item)).toBe(true);
    }
  });

  it('says "provisional" exactly when the decision is provisional', async () => {
    const { page } = await show(current(), WIDE);
    const text = await decision(page).innerText();
    expect(/provisional/i.test(text)).toBe(current().evaluation.provisional);
  });

  it('puts the decision headline on the first screen at sidebar width too', async () => {
    const { page } = await show(current(), NARROW);
    const headline = decision(page).locator('.headline, p').first();
    expect(await withinFirstScreen(headline)).toBe(true);
  });

  it('writes each threshold status in words, not in colour alone', async () => {
    const { page } = await show(current(), WIDE);
    for (const threshold of current().evaluation.thresholds) {
      const row = page.locator('section[aria-labelledby="thresholds"] tr', {
        has: page.locator(`th:text-is("${threshold.id}")`),
      });
      await expect(row.count()).resolves.toBe(1);
      const text = await row.innerText();
      expect({ id: threshold.id, text }).toEqual({
        id: threshold.id,
        text: expect.stringMatching(STATUS_TEXT[threshold.status]),
      });
    }
  });

  it('gives the chart a text alternative naming the domains', async () => {
    const { page } = await show(current(), WIDE);
    const charts = page.locator('svg');
    await expect(charts.count()).resolves.toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      const role = await chart.getAttribute('role');
      const label = (await chart.getAttribute('aria-label')) ?? '';
      const title = (await chart.locator('title').allTextContents()).join(' ');
      const caption = await chart.evaluate(
        (svg) => svg.closest('figure')?.querySelector('figcaption')?.textContent ?? '',
      );
      expect(
        role === 'img' && (label + title).trim().length > 20
          ? 'described'
          : caption.trim().length > 20
            ? 'captioned'
            : 'no text',
      ).not.toBe('no text');
    }
    const name = await page
      .getByRole('img')
      .first()
      .evaluate((svg) => svg.getAttribute('aria-label') ?? '');
    expect(name).toMatch(/baseline/i);
  });

  it('prints on A4: a PDF is made, rows are never split, no table is wider than the page', async () => {
    const { page } = await load(current(), WIDE);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(0);
    const [width, height] = (
      /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)/.exec(pdf.toString('latin1')) ?? []
    )
      .slice(1)
      .map(Number);
    expect([Math.round((width / 72) * 25.4), Math.round((height / 72) * 25.4)]).toEqual([210, 297]);

    await page.emulateMedia({ media: 'print' });
    const printable = await a4PrintableWidthPx(page);
    await page.setViewportSize({ width: printable, height: 1000 });
    expect(await splittable(page, 'tr, figure, svg')).toEqual([]);
    expect(await tablesWiderThan(page, printable)).toEqual([]);
    expect(await horizontalOverflow(page)).toEqual([]);
    const clipping = await page.$$eval('.table-scroll', (regions) =>
      regions
        .filter((r) => getComputedStyle(r).overflowX !== 'visible' || r.scrollWidth > r.clientWidth)
        .map((r) => r.getAttribute('aria-label')),
    );
    expect(clipping).toEqual([]);
  });

  it.each(VIEWPORTS.map((v) => [v.width, v] as const))(
    'has no serious accessibility violation at %i px',
    async (_, viewport) => {
      const { page } = await show(current(), viewport);
      expect(await seriousViolations(page)).toEqual([]);
    },
  );

  it('never scrolls sideways at 300 px: each wide table scrolls in its own named region', async () => {
    const { page } = await show(current(), NARROW);
    expect(await horizontalOverflow(page, { scrollRegions: 'allowed' })).toEqual([]);
    const pageScroll = await page.evaluate(() => {
      window.scrollTo(1000, 0);
      return window.scrollX;
    });
    expect(pageScroll).toBe(0);
    const unwrapped = await page.$$eval('table', (tables) =>
      tables
        .filter((t) => t.getBoundingClientRect().width > document.documentElement.clientWidth)
        .filter((t) => t.closest('[role="region"][aria-label][tabindex="0"]') === null)
        .map((t) => (t.textContent ?? '').trim().slice(0, 40)),
    );
    expect(unwrapped).toEqual([]);
    const outcomes = page.getByRole('region', { name: 'Outcomes per domain' });
    expect(await outcomes.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(true);
  });

  it('lets a keyboard scroll the outcomes table at 300 px, with no serious accessibility violation', async () => {
    const { page } = await load(current(), NARROW);
    const outcomes = page.getByRole('region', { name: 'Outcomes per domain' });
    await tabTo(page, outcomes);
    expect(await isFocused(outcomes)).toBe(true);
    await page.keyboard.press('ArrowRight');
    // Chromium animates keyboard scrolling: wait for the region to move rather than read it once.
    const region = await outcomes.elementHandle();
    await page.waitForFunction((r) => r !== null && r.scrollLeft > 0, region, { timeout: 5000 });
    await expect(page.evaluate(() => window.scrollX)).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('fits a laptop screen without sideways scrolling', async () => {
    const { page } = await show(current(), WIDE);
    expect(await horizontalOverflow(page)).toEqual([]);
  });

  it.each(VIEWPORTS.map((v) => [v.width, v] as const))(
    'runs no script and fetches nothing at %i px',
    async (_, viewport) => {
      const { page, events } = await show(current(), viewport);
      expect(events).toEqual({
        dialogs: [],
        pageErrors: [],
        consoleErrors: [],
        blockedRequests: [],
      });
      expect(await page.locator('script').count()).toBe(0);
    },
  );
});
