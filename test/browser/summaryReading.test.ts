/**
 * summary.html as the committee reads it: on a phone (390 px) and a laptop (1280 px), and
 * printed on A4 by Chromium. Screenshots and the printed pages (as PNG) go to test-output/
 * for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, WIDE, type OpenedPage, type Viewport } from './support/browser';
import { evaluateWithCli } from './support/cli';
import { SAMPLE_DIR, addDays, loadCohort, pilotDates } from './support/cohort';
import { horizontalOverflow } from './support/layout';
import { a4PrintableWidthPx } from './support/print';
import { captureScreen } from './support/screenshots';
import { showHtml } from './support/staticSite';

const PHONE: Viewport = { width: 390, height: 844 };
const PDF_DIR = resolve(__dirname, '../../test-output/summary-pdf');

/** The smallest chart text a reader is given, in CSS px as drawn. */
const SMALLEST_CHART_TEXT_PX = 11;
/** Printed, the sample's summary fits a handful of A4 pages (5 before it was explained). */
const MOST_PRINTED_PAGES = 6;
/** A page other than the last is filled at least this far down (none two-thirds empty). */
const LEAST_FILLED = 0.6;

interface Case {
  name: string;
  provisional: boolean;
  html: string;
}

let browser: Browser;
const cases: Case[] = [];
const opened: OpenedPage[] = [];

beforeAll(async () => {
  const cohort = await loadCohort(SAMPLE_DIR);
  const { start, end } = pilotDates(cohort);
  cases.push(
    {
      name: 'summary-final',
      provisional: false,
      html: evaluateWithCli(SAMPLE_DIR, addDays(end, 30)),
    },
    {
      name: 'summary-provisional',
      provisional: true,
      html: evaluateWithCli(SAMPLE_DIR, addDays(start, 100)),
    },
  );
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all(opened.map((o) => o.context.close()));
  await browser?.close();
});

async function show(c: Case, viewport: Viewport): Promise<Page> {
  const o = await openPage(browser, viewport);
  opened.push(o);
  await showHtml(o.page, '/summary.html', c.html);
  return o.page;
}

/** Each visible chart text with its size as drawn on screen, in CSS px. */
function chartTextSizes(page: Page): Promise<{ text: string; px: number }[]> {
  return page.$$eval('svg.chart text', (texts) =>
    texts
      .filter((t) => (t as SVGTextElement).getBoundingClientRect().width > 0)
      .map((t) => {
        const text = t as SVGTextElement;
        const scale = text.getScreenCTM()?.a ?? 0;
        const size = Number.parseFloat(getComputedStyle(text).fontSize);
        return { text: text.textContent ?? '', px: Math.round(size * scale * 10) / 10 };
      }),
  );
}

describe.each([0, 1])('summary.html as read, case %i', (index) => {
  const current = (): Case => cases[index];

  it.each([PHONE, WIDE].map((v) => [v.width, v] as const))(
    'draws chart text at least 11 px at %i px, and saves a screenshot',
    async (_, viewport) => {
      const page = await show(current(), viewport);
      await captureScreen(page, `${current().name}`);
      const sizes = await chartTextSizes(page);
      expect(sizes.length).toBeGreaterThan(20);
      expect(sizes.filter((s) => s.px < SMALLEST_CHART_TEXT_PX)).toEqual([]);
    },
  );

  it('cuts no table at 390 px: each fits, or scrolls in its region under a visible hint', async () => {
    const page = await show(current(), PHONE);
    expect(await horizontalOverflow(page, { scrollRegions: 'allowed' })).toEqual([]);
    const cut = await page.$$eval('table', (tables) =>
      tables
        .filter((t) => t.getBoundingClientRect().width > 0)
        .filter((t) => {
          const region = t.closest('.table-scroll');
          const limit = (region ?? document.documentElement).clientWidth;
          if (t.getBoundingClientRect().width <= limit + 0.5) return false;
          const hint = region?.previousElementSibling;
          const visible =
            hint?.classList.contains('scroll-hint') &&
            getComputedStyle(hint).display !== 'none' &&
            hint.getBoundingClientRect().height > 0;
          return !visible;
        })
        .map((t) => (t.textContent ?? '').trim().slice(0, 40)),
    );
    expect(cut).toEqual([]);
  });

  it('shows each threshold at 390 px as a card whose every value is on screen', async () => {
    const page = await show(current(), PHONE);
    const offScreen = await page.$$eval('table.thresholds td, table.thresholds th', (cells) =>
      cells
        .filter((c) => c.getBoundingClientRect().height > 1)
        .filter((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth)
        .map((c) => (c.textContent ?? '').slice(0, 30)),
    );
    expect(offScreen).toEqual([]);
    const observed = page.locator('table.thresholds td[data-label="Observed"]').first();
    await expect(observed.evaluate((td) => getComputedStyle(td, '::before').content)).resolves.toBe(
      '"Observed: "',
    );
  });

  it('marks the scenario reached among the four, in words', async () => {
    const page = await show(current(), WIDE);
    const items = page.locator('ol.scenarios li');
    await expect(items.count()).resolves.toBe(4);
    const reached = page.locator('ol.scenarios li[aria-current="true"]');
    await expect(reached.count()).resolves.toBe(1);
    await expect(reached.innerText()).resolves.toMatch(
      current().provisional ? /^Reached so far \(provisional\):/ : /^Reached:/,
    );
  });

  it('prints on a handful of A4 pages, none near-empty, the last not the lock alone', async () => {
    const page = await show(current(), WIDE);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    mkdirSync(PDF_DIR, { recursive: true });
    for (const old of readdirSync(PDF_DIR).filter((f) => f.startsWith(`${current().name}-`)))
      rmSync(join(PDF_DIR, old));
    const file = join(PDF_DIR, `${current().name}.pdf`);
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', '70', '-png', file, join(PDF_DIR, current().name)]);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)?.slice(1).map(Number) ?? [];
    expect(size.map(Math.round)).toEqual([595, 842]); // A4 in points
    expect(pages).toBeLessThanOrEqual(MOST_PRINTED_PAGES);

    // Word boxes per page: how far down each page's text reaches.
    const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const perPage = boxes.split('<page ').slice(1);
    expect(perPage).toHaveLength(pages);
    const filled = perPage.map((p) => {
      const height = Number(/height="([\d.]+)"/.exec(p)?.[1]);
      const bottoms = [...p.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
      return Math.max(0, ...bottoms) / height;
    });
    expect(filled.slice(0, -1).filter((f) => f < LEAST_FILLED)).toEqual([]);
    const lastPageText = execFileSync(
      'pdftotext',
      ['-f', String(pages), '-l', String(pages), file, '-'],
      { encoding: 'utf8' },
    );
    // Lines of the last page that belong to neither the lock section nor the footer.
    const lockAndFooter = await page.$eval('body', (body) =>
      [body.querySelector('section[aria-labelledby="lock"]'), body.querySelector('footer')]
        .map((el) => (el as HTMLElement | null)?.innerText ?? '')
        .join(' ')
        .replace(/\s+/g, ' '),
    );
    const otherLines = lastPageText
      .split('\n')
      .map((line) => line.trim().replace(/\s+/g, ' '))
      .filter((line) => line.length > 8 && !lockAndFooter.includes(line));
    expect(otherLines.length).toBeGreaterThan(2);
  });

  it('prints each 95% CI and every number on one line', async () => {
    const page = await show(current(), WIDE);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: await a4PrintableWidthPx(page), height: 1000 });
    const wrapped = await page.$$eval('td.num', (cells) =>
      cells
        .filter((c) => c.getBoundingClientRect().height > 0)
        .filter((c) => {
          const range = document.createRange();
          range.selectNodeContents(c);
          const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          return lines.size > 1;
        })
        .map((c) => c.textContent ?? ''),
    );
    expect(wrapped).toEqual([]);
  });
});
