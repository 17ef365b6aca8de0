/**
 * Hostile input: names, pair IDs and answers that are markup or spreadsheet formulas reach
 * every screen as text, and no script from them runs (no dialog opens, no flag is set, no
 * image element appears).
 */
import type { Page } from 'playwright-core';
import { openScreen, renderScreen, shippedScreens } from './support/appsScriptHtml';
import type { PageEvents } from './support/browser';
import { evaluateWithCli } from './support/cli';
import {
  HOSTILE_FLAG_NAME,
  HOSTILE_FORMULA,
  HOSTILE_NAME,
  addDays,
  makeHostileCohort,
  pilotDates,
  type HostileCohort,
} from './support/cohort';
import {
  programmeServer,
  settled,
  type FakeServer,
  type ProgrammeServerOptions,
} from './support/fakeServer';
import { ScreenPages, leadMidPilot } from './support/screenPages';
import { alertText, tabTo } from './support/screens';
import { captureScreen } from './support/screenshots';
import { showHtml } from './support/staticSite';

const HOSTILE = [HOSTILE_NAME, HOSTILE_FLAG_NAME, HOSTILE_FORMULA];

let cohort: HostileCohort;
let options: ProgrammeServerOptions;
let pages: ScreenPages;

beforeAll(async () => {
  cohort = await makeHostileCohort();
  options = leadMidPilot(cohort);
  pages = await ScreenPages.launch();
});

afterAll(() => pages?.close());

function open(screen: string, prepare?: (server: FakeServer) => void) {
  return pages.open(screen, options, { prepare });
}

/** What a person can read on the screen, the choices of every drop-down included. */
function readableText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.body.innerText,
      ...Array.from(document.querySelectorAll('option'), (o) => o.textContent ?? ''),
    ].join('\n'),
  );
}

/** The hostile strings the server handed to the page. */
function served(server: FakeServer): string[] {
  const replies = JSON.stringify(server.replies);
  return HOSTILE.filter((h) => replies.includes(JSON.stringify(h).slice(1, -1)));
}

async function expectNoScriptRan(page: Page, events: PageEvents): Promise<void> {
  expect(events.dialogs).toEqual([]);
  expect(events.pageErrors).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
  ).toBeUndefined();
  expect(await page.locator('img').count()).toBe(0);
  expect(events.blockedRequests).toEqual([]);
}

it('the hostile cohort names two mentees to match with markup', () => {
  const names = cohort.matches.proposals.map((p) => cohort.renamed[p.mentee]).filter(Boolean);
  expect(names.sort()).toEqual([HOSTILE_NAME, HOSTILE_FLAG_NAME].sort());
});

describe.each(shippedScreens())('%s', (screen) => {
  it('shows every hostile string it is given as text, and runs none of it', async () => {
    const { page, events, server } = await open(screen);
    const given = served(server);
    // Two screens show nothing of the cohort's people: the mid-pilot review and the installation checks.
    if (screen !== 'midPilotReview' && screen !== 'installation')
      expect(given.length).toBeGreaterThan(0);
    const text = await readableText(page);
    for (const hostile of given) expect(text).toContain(hostile);
    await captureScreen(page, `hostile-${screen}`);
    await expectNoScriptRan(page, events);
  });

  it('shows a server error carrying markup as text', async () => {
    const message = `Dyad could not finish: ${HOSTILE_FLAG_NAME} ${HOSTILE_NAME}`;
    const failing = (server: FakeServer) => {
      server.failWith('getReviewData', message);
      server.failWith('getDashboardData', message);
      server.failWith('getMeetingsData', message);
      server.failWith('getOpenEscalations', message);
      server.failWith('getWithdrawablePairs', message);
      server.failWith('recordMidPilotReviewAnswer', message);
      server.failWith('getInstallationChecks', message);
    };
    const { page, events } = await open(screen, failing);
    if (screen === 'midPilotReview') {
      await page.getByLabel('Yes').check();
      await tabTo(page, page.getByRole('button', { name: /record answer/i }));
      await page.keyboard.press('Enter');
      await settled(page);
    }
    expect(await alertText(page)).toContain(message);
    await expectNoScriptRan(page, events);
  });
});

it.each(shippedScreens())('%s prints the template values as text', async (screen) => {
  const o = await pages.page();
  const values = {
    user: `lead${HOSTILE_NAME}@nhs.example.org`,
    role: HOSTILE_FLAG_NAME,
    today: options.today,
  };
  const html = renderScreen(screen, values);
  expect(html).not.toMatch(/<\?/);
  await openScreen(o.page, screen, values, programmeServer(options));
  await settled(o.page);
  const text = await readableText(o.page);
  expect(text).toContain(values.user);
  expect(text).toContain(values.role);
  await expectNoScriptRan(o.page, o.events);
});

it('keeps a rationale typed as markup as text after confirming', async () => {
  const { page, events } = await open('review');
  const card = page.locator('section.card').first();
  await tabTo(page, card.getByRole('textbox'));
  await page.keyboard.type(`${HOSTILE_FLAG_NAME} ${HOSTILE_FORMULA}`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await settled(page);
  await expect(card.innerText()).resolves.toContain(`${HOSTILE_FLAG_NAME} ${HOSTILE_FORMULA}`);
  await expectNoScriptRan(page, events);
});

it('keeps names, pair IDs and answers out of summary.html, and runs no script there', async () => {
  const html = evaluateWithCli(cohort.folder, addDays(pilotDates(cohort).end, 30));
  const o = await pages.page();
  await showHtml(o.page, '/summary.html', html);
  for (const hostile of HOSTILE) expect(html).not.toContain(hostile);
  expect(html).not.toMatch(/HYPERLINK|onerror/i);
  await captureScreen(o.page, 'hostile-summary');
  await expectNoScriptRan(o.page, o.events);
});
