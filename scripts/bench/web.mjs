#!/usr/bin/env node
/* global document, performance, MutationObserver -- the timing runs inside the page */
/**
 * The offline page (build/dyad.html) in Chromium: its size, and the time from pressing
 * Evaluate (or Match) to the result on the page, at 10 and at 1,000 pairs, read from CSV files
 * and from one workbook. Times are taken inside the page (performance.now), so they include
 * reading the chosen files into the page, the worker's run and placing the result, and not
 * the test driver. The page starts its worker (compiling the engine) as it opens; the bench
 * waits a second before the first run, as a Lead choosing files would. The first run is
 * still slower (the engine's code is not yet optimised); later runs reuse the warm worker. Budgets: the file ≤ 3 MB; 1,000 pairs evaluated ≤ 2 s.
 * Builds the page first. Uses Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { SAMPLE_AS_OF } from '../make-examples.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PAGE = join(root, 'build', 'dyad.html');
const REPEATS = 5;
const BUDGET = { bytes: 3 * 1024 * 1024, evaluateMs: 2000 };
const COHORTS = [
  { label: '10 pairs', mentees: 12, mentors: 10, pairs: 10 },
  { label: '1,000 pairs', mentees: 1000, mentors: 600, pairs: 1000 },
];

function makeCohort(work, { mentees, mentors, pairs }) {
  const out = join(work, `cohort-${pairs}`);
  execFileSync(
    process.execPath,
    [
      join(root, 'scripts', 'make-examples.mjs'),
      ...['--mentees', mentees, '--mentors', mentors, '--pairs', pairs, '--seed', 2026],
      ...['--out', out, '--xlsx'],
    ].map(String),
    { stdio: 'pipe' },
  );
  return { csv: readdirSync(out).map((f) => join(out, f)), xlsx: [`${out}.xlsx`] };
}

/** Presses the button and answers the milliseconds until the result heading (or an error) shows. */
function timeRun(page, button) {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const error = document.getElementById('error');
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!error.hidden && error.textContent) {
            observer.disconnect();
            reject(new Error(error.textContent));
          } else if (document.getElementById('result-heading')) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        document.getElementById(id).click();
      }),
    button,
  );
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(browser, files, button) {
  const page = await browser.newPage();
  await page.route(
    (url) => !url.href.startsWith('file:') && !url.href.startsWith('blob:'),
    (r) => r.abort(),
  );
  await page.goto(pathToFileURL(PAGE).href);
  // The Lead takes a moment to choose the files; the page starts its worker meanwhile.
  await page.waitForTimeout(1000);
  await page.locator('#files').setInputFiles(files);
  await page.locator('#as-of').fill(SAMPLE_AS_OF.final);
  const cold = await timeRun(page, button);
  const warm = [];
  for (let i = 0; i < REPEATS; i++) warm.push(await timeRun(page, button));
  await page.close();
  return { cold, warm: median(warm), fastest: Math.min(...warm) };
}

function printTable(rows) {
  const head = ['run', 'first run ms', `median of ${REPEATS} ms`, 'fastest ms', 'budget'];
  const body = rows.map((r) => [
    r.label,
    ...[r.cold, r.warm, r.fastest].map((n) => n.toFixed(0)),
    r.budget,
  ]);
  const widths = head.map((_, c) => Math.max(...[head, ...body].map((row) => row[c].length)));
  for (const row of [head, ...body])
    console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
}

async function main() {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-web.mjs')], {
    cwd: root,
    stdio: 'pipe',
  });
  const bytes = statSync(PAGE).size;
  console.log(
    `build/dyad.html: ${(bytes / 1048576).toFixed(2)} MB (${bytes} bytes; budget 3 MB: ${bytes <= BUDGET.bytes ? 'within' : 'OVER'})\n`,
  );
  const work = mkdtempSync(join(tmpdir(), 'dyad-bench-web-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const rows = [];
    for (const cohort of COHORTS) {
      const files = makeCohort(work, cohort);
      for (const [input, list] of [
        ['CSV files', files.csv],
        ['.xlsx workbook', files.xlsx],
      ]) {
        for (const button of ['evaluate', 'match']) {
          const result = await measure(browser, list, button);
          const budgeted = button === 'evaluate' && cohort.pairs === 1000;
          const within = result.warm <= BUDGET.evaluateMs ? 'within 2 s' : 'OVER 2 s';
          rows.push({
            label: `${button} ${cohort.label}, ${input}`,
            ...result,
            budget: budgeted ? within : '',
          });
        }
      }
    }
    printTable(rows);
    const [load] = loadavg();
    const cores = availableParallelism();
    console.log(
      `\nLoad average ${load.toFixed(1)} on ${cores} cores${load > cores ? ': the machine is busy, times are inflated' : ''}.`,
    );
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench web: ${error.message}`);
  process.exitCode = 1;
});
