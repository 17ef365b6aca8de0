/**
 * build/dyad.html, the page a Programme Lead opens from disk, in Chromium: the sample
 * programme's exports chosen, matched and evaluated; the decision on the page; the downloads
 * equal to the command line's files for the same input and as-of date; no request leaving the
 * page; keyboard-only use; axe-clean; an unreadable file said in plain words.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { seriousViolations } from './support/accessibility';
import { launchBrowser } from './support/browser';
import { CLI_PATH } from './support/cli';
import { isFocused, tabTo } from './support/screens';
import { cliFiles, comparableFiles, type Files } from './support/webOutputs';
import {
  chooseFiles,
  downloadAll,
  downloadBytes,
  isOwnRequest,
  openWebPage,
  run,
  WEB_PAGE_URL,
  type WebPage,
} from './support/webPage';

const EXAMPLES = resolve(__dirname, '../../examples');
const SAMPLE_DIR = join(EXAMPLES, 'sample-programme');
const SAMPLE_XLSX = join(EXAMPLES, 'sample-programme.xlsx');
const SAMPLE_CSV = readdirSync(SAMPLE_DIR).map((f) => join(SAMPLE_DIR, f));
/** The same cohort as Microsoft Forms exports it: one workbook per form, and the Lead's workbook. */
const MICROSOFT_DIR = join(EXAMPLES, 'microsoft-sample');
const MICROSOFT_FILES = readdirSync(MICROSOFT_DIR).map((f) => join(MICROSOFT_DIR, f));
/** After the pilot's end (12/07/2026): the sample's decision is final, scenario 2 (examples/README.md). */
const FINAL_AS_OF = '2026-08-02';
/** Before the pilot's end: provisional. */
const PROVISIONAL_AS_OF = '2026-04-20';

let browser: Browser;
const opened: WebPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all(opened.map((o) => o.context.close()));
  await browser?.close();
});

async function open(width?: number): Promise<WebPage> {
  const o = await openWebPage(browser, width);
  opened.push(o);
  return o;
}

async function expectSameFiles(page: Files, cli: Files): Promise<void> {
  expect([...page.keys()].sort()).toEqual([...cli.keys()].sort());
  expect(await comparableFiles(page)).toEqual(await comparableFiles(cli));
}

function expectNothingLeft(o: WebPage): void {
  expect(o.blocked).toEqual([]);
  expect(o.requests.filter((url) => !isOwnRequest(url))).toEqual([]);
  expect(o.requests[0]).toBe(WEB_PAGE_URL);
  expect(o.pageErrors).toEqual([]);
  expect(o.consoleErrors).toEqual([]);
}

describe('the sample programme, from its CSV files', () => {
  let o: WebPage;
  let downloads: Files;

  beforeAll(async () => {
    o = await open();
    await chooseFiles(o.page, SAMPLE_CSV);
    await run(o.page, 'Evaluate', FINAL_AS_OF);
    downloads = await downloadAll(o.page);
  });

  it('shows the decision: scenario 2, impact partially met, as of 2 August 2026', async () => {
    await expect(o.page.locator('#decision-headline').textContent()).resolves.toMatch(
      /^Scenario 2: Proceed to Cohort 2 with targeted improvements/,
    );
    await expect(o.page.locator('#result-heading').textContent()).resolves.toBe(
      'Evaluation as of 2 August 2026',
    );
    const impact = o.page.getByRole('row', { name: /^Impact/ });
    await expect(impact.textContent()).resolves.toContain('Partially met');
  });

  it('lists the five import issues with their sheet and row', async () => {
    const rows = o.page.getByRole('region', { name: 'Import issues' }).locator('tbody tr');
    await expect(rows.count()).resolves.toBe(5);
  });

  it('offers summary.json, summary.xlsx and summary.html equal to the command line’s', async () => {
    await expectSameFiles(downloads, cliFiles('evaluate', SAMPLE_DIR, FINAL_AS_OF));
  });

  it('made no request beyond its own file and its own blobs', () => {
    expectNothingLeft(o);
  });

  it('is axe-clean with the result shown', async () => {
    await expect(seriousViolations(o.page)).resolves.toEqual([]);
  });

  it('matches: the proposals on the page, and matches.json and matches.xlsx equal to the command line’s', async () => {
    await run(o.page, 'Match');
    await expect(o.page.locator('#match-headline').textContent()).resolves.toMatch(
      /confirmed pairs? kept/,
    );
    await expectSameFiles(await downloadAll(o.page), cliFiles('match', SAMPLE_DIR));
    expectNothingLeft(o);
  });
});

describe('the sample programme, from its Excel workbook', () => {
  it('gives the command line’s decision and files, final and provisional', async () => {
    const o = await open();
    await chooseFiles(o.page, [SAMPLE_XLSX]);
    await run(o.page, 'Evaluate', FINAL_AS_OF);
    await expect(o.page.locator('#decision-headline').textContent()).resolves.toMatch(
      /^Scenario 2:/,
    );
    await expectSameFiles(
      await downloadAll(o.page),
      cliFiles('evaluate', SAMPLE_XLSX, FINAL_AS_OF),
    );

    await run(o.page, 'Evaluate', PROVISIONAL_AS_OF);
    await expect(o.page.locator('#decision-headline').textContent()).resolves.toMatch(
      /^PROVISIONAL: the data so far point to scenario \d/,
    );
    await expectSameFiles(
      await downloadAll(o.page),
      cliFiles('evaluate', SAMPLE_XLSX, PROVISIONAL_AS_OF),
    );
    expectNothingLeft(o);
  });
});

describe('the sample programme, as Microsoft Forms exports it', () => {
  it('gives the Google-style sample’s decision and the command line’s files', async () => {
    const o = await open();
    await chooseFiles(o.page, MICROSOFT_FILES);
    await run(o.page, 'Evaluate', FINAL_AS_OF);
    await expect(o.page.locator('#decision-headline').textContent()).resolves.toMatch(
      /^Scenario 2: Proceed to Cohort 2 with targeted improvements/,
    );
    const page = await downloadAll(o.page);
    await expectSameFiles(page, cliFiles('evaluate', MICROSOFT_DIR, FINAL_AS_OF));
    const google = cliFiles('evaluate', SAMPLE_DIR, FINAL_AS_OF);
    const outcomes = (files: Files): unknown =>
      JSON.parse((files.get('summary.json') as Buffer).toString('utf8')).outcomes;
    expect(outcomes(page)).toEqual(outcomes(google));

    await run(o.page, 'Match');
    await expectSameFiles(await downloadAll(o.page), cliFiles('match', MICROSOFT_DIR));
    expectNothingLeft(o);
  });

  it('takes the files dropped on the drop zone', async () => {
    const o = await open();
    const files = MICROSOFT_FILES.map((path) => ({
      name: basename(path),
      base64: readFileSync(path).toString('base64'),
    }));
    await o.page.evaluate((dropped) => {
      const data = new DataTransfer();
      for (const { name, base64 } of dropped) {
        const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
        data.items.add(new File([bytes], name));
      }
      const zone = document.getElementById('drop-zone') as HTMLElement;
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, files);
    await expect(o.page.locator('#chosen-summary').textContent()).resolves.toBe(
      `${MICROSOFT_FILES.length} files chosen:`,
    );
    await run(o.page, 'Evaluate', FINAL_AS_OF);
    await expect(o.page.locator('#decision-headline').textContent()).resolves.toMatch(
      /^Scenario 2:/,
    );
    expectNothingLeft(o);
  });
});

describe('the page itself', () => {
  it('says what it does and what it does with the files, and is axe-clean before any file', async () => {
    const o = await open();
    await expect(o.page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Dyad/);
    await expect(o.page.locator('#privacy-statement').textContent()).resolves.toContain(
      'never sent anywhere',
    );
    // Nothing the page keeps for later shows before it is needed.
    for (const later of ['#progress', '#error', '#downloads', '#clear']) {
      await expect(o.page.locator(later).isVisible()).resolves.toBe(false);
    }
    await expect(seriousViolations(o.page)).resolves.toEqual([]);
  });

  it('cannot make a network connection: its security policy refuses one', async () => {
    const o = await open();
    const csp = await o.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval|connect-src/);
    const attempt = await o.page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'sent',
        () => 'refused',
      ),
    );
    expect(attempt).toBe('refused');
    // Refused by the policy before any request was made: nothing reached the route that aborts.
    expect(o.blocked).toEqual([]);
  });

  it('works by keyboard alone: choose the files, set the date, evaluate, download', async () => {
    const o = await open();
    const { page } = o;
    const chooser = page.getByRole('button', { name: 'Choose files' });
    await tabTo(page, chooser);
    const [fileChooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.keyboard.press('Enter'),
    ]);
    await fileChooser.setFiles(SAMPLE_CSV);
    await expect(page.locator('#chosen-summary').textContent()).resolves.toBe(
      `${SAMPLE_CSV.length} files chosen:`,
    );
    const asOf = page.getByLabel('As-of date');
    await tabTo(page, asOf);
    await asOf.fill(FINAL_AS_OF);
    const evaluate = page.getByRole('button', { name: 'Evaluate', exact: true });
    await tabTo(page, evaluate);
    await page.keyboard.press('Enter');
    const heading = page.locator('#result-heading');
    await heading.waitFor({ timeout: 30000 });
    expect(await isFocused(heading)).toBe(true);
    const link = page.getByRole('link', { name: 'Download summary.json' });
    await tabTo(page, link, 200);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('summary.json');
    expect(JSON.parse((await downloadBytes(download)).toString('utf8')).scenario).toBe(2);
    expectNothingLeft(o);
  });

  it('shows a visible focus ring on its buttons', async () => {
    const o = await open();
    await tabTo(o.page, o.page.getByRole('button', { name: 'Choose files' }));
    const outline = await o.page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline).toEqual({ style: 'solid', width: '3px' });
  });

  it('says in plain words when a file is not a workbook, and offers nothing to download', async () => {
    const o = await open();
    await o.page.locator('#files').setInputFiles([
      {
        name: 'responses.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('not a zip'),
      },
    ]);
    await run(o.page, 'Evaluate', FINAL_AS_OF);
    const alert = await o.page.getByRole('alert').textContent();
    expect(alert).toMatch(/^"responses\.xlsx" cannot be read as an Excel workbook: /);
    await expect(o.page.locator('#downloads').isHidden()).resolves.toBe(true);
    expectNothingLeft(o);
  });

  it('names the Excel setting when a workbook is password-protected or an old .xls', async () => {
    const o = await open();
    const compound = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await o.page
      .locator('#files')
      .setInputFiles([
        { name: 'programme.xlsx', mimeType: 'application/octet-stream', buffer: compound },
      ]);
    await run(o.page, 'Match');
    await expect(o.page.getByRole('alert').textContent()).resolves.toMatch(
      /password-protected or an old \.xls file; save it as an \.xlsx workbook without a password/,
    );
  });

  it('makes the empty programme workbook dyad init writes, for a Lead without the command line', async () => {
    const o = await open();
    await o.page.getByRole('button', { name: 'Make an empty programme workbook' }).click();
    await o.page.locator('#result-heading').waitFor({ timeout: 30000 });
    const page = await downloadAll(o.page);
    expect([...page.keys()]).toEqual(['programme.xlsx']);
    const out = mkdtempSync(join(tmpdir(), 'dyad-web-init-'));
    execFileSync(process.execPath, [CLI_PATH, 'init', out], { stdio: 'pipe' });
    // Its dates are fixed, so the bytes are the command line's, every one.
    expect(page.get('programme.xlsx')?.equals(readFileSync(join(out, 'programme.xlsx')))).toBe(
      true,
    );
    expectNothingLeft(o);
  });

  it('takes a folder as the command line does: the files in it, not its subfolders’ or hidden files', async () => {
    const o = await open();
    const folder = mkdtempSync(join(tmpdir(), 'dyad-web-folder-'));
    for (const file of SAMPLE_CSV) copyFileSync(file, join(folder, basename(file)));
    mkdirSync(join(folder, 'last year'));
    copyFileSync(SAMPLE_XLSX, join(folder, 'last year', 'old.xlsx'));
    writeFileSync(join(folder, '.DS_Store'), 'x');
    await o.page.locator('#folder').setInputFiles(folder);
    await expect(o.page.locator('#chosen-summary').textContent()).resolves.toBe(
      `${SAMPLE_CSV.length} files chosen:`,
    );
    await run(o.page, 'Evaluate', FINAL_AS_OF);
    await expectSameFiles(await downloadAll(o.page), cliFiles('evaluate', folder, FINAL_AS_OF));
  });

  it('asks for the files before running', async () => {
    const o = await open();
    await o.page.getByRole('button', { name: 'Evaluate', exact: true }).click();
    await expect(o.page.getByRole('alert').textContent()).resolves.toMatch(
      /^Choose the exported files first/,
    );
  });
});
