/**
 * Every sidebar and dialog the add-on ships, as the Lead uses them: loaded from dist/ with the
 * template filled in as HtmlService would, `google.script.run` answered from the engine on the
 * sample programme. Each screen must read at sidebar width without sideways scrolling, pass
 * the accessibility checks, and say a server error in words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seriousViolations } from './support/accessibility';
import { DIST_DIR, shippedScreens } from './support/appsScriptHtml';
import { NARROW, VIEWPORTS, type Viewport } from './support/browser';
import { SAMPLE_DIR, loadCohort, type Cohort } from './support/cohort';
import { type FakeServer, type ProgrammeServerOptions } from './support/fakeServer';
import { horizontalOverflow } from './support/layout';
import { SCREENS, alertText } from './support/screens';
import { captureScreen } from './support/screenshots';
import { ScreenPages, leadMidPilot } from './support/screenPages';

const SERVER_ERROR =
  'Dyad could not finish: the proposals sheet is being edited by someone else. Nothing after this step was changed; try again.';

let cohort: Cohort;
let options: ProgrammeServerOptions;
let pages: ScreenPages;
const servers: FakeServer[] = [];
const screens = shippedScreens();

beforeAll(async () => {
  cohort = await loadCohort(SAMPLE_DIR);
  options = leadMidPilot(cohort);
  pages = await ScreenPages.launch();
});

afterAll(() => pages?.close());

function open(screen: string, viewport: Viewport, prepare?: (server: FakeServer) => void) {
  return pages.open(screen, options, {
    viewport,
    prepare: (server) => {
      servers.push(server);
      prepare?.(server);
    },
  });
}

type Shown = Awaited<ReturnType<typeof open>>;
const shown = new Map<string, Promise<Shown>>();

/** The screen at that size as it opens, shared by the tests that only read it. */
function opening(screen: string, viewport: Viewport): Promise<Shown> {
  const key = `${screen}-${viewport.width}`;
  if (!shown.has(key)) shown.set(key, open(screen, viewport));
  return shown.get(key) as Promise<Shown>;
}

it('the bundle ships screens, and every one of them is covered here', () => {
  expect(screens.length).toBeGreaterThan(0);
  expect(screens.filter((s) => !(s in SCREENS))).toEqual([]);
});

describe.each(screens)('%s', (screen) => {
  const spec = () => SCREENS[screen];

  it.each(VIEWPORTS.map((v) => [v.width, v] as const))(
    'opens at %i px with no script error and nothing fetched',
    async (_, viewport) => {
      const { page, events, server } = await opening(screen, viewport);
      expect(events).toEqual({
        dialogs: [],
        pageErrors: [],
        consoleErrors: [],
        blockedRequests: [],
      });
      const load = spec().loadCall;
      if (load !== null) expect(server.callsOf(load)).toHaveLength(1);
      expect(server.calls.filter((c) => c.name.startsWith('No server'))).toEqual([]);
      await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
      await expect(page.locator('body').innerText()).resolves.toContain(options.user);
    },
  );

  it('fits 300 px: no sideways scrolling, nothing wider than the sidebar', async () => {
    const { page } = await opening(screen, NARROW);
    expect(await horizontalOverflow(page)).toEqual([]);
  });

  it.each(VIEWPORTS.map((v) => [v.width, v] as const))(
    'has no serious accessibility violation at %i px',
    async (_, viewport) => {
      const { page } = await opening(screen, viewport);
      expect(await seriousViolations(page)).toEqual([]);
    },
  );

  it('says in words when the server fails as it opens', async () => {
    const load = spec().loadCall;
    if (load === null) return;
    const { page, events } = await open(screen, NARROW, (server) =>
      server.failWith(load, SERVER_ERROR),
    );
    expect(await alertText(page)).toContain(SERVER_ERROR);
    expect(events.pageErrors).toEqual([]);
    await captureScreen(page, `${screen}-error`);
  });
});

it('every server function the screens called is a global of the bundle', () => {
  const bundle = readFileSync(join(DIST_DIR, 'Code.js'), 'utf8');
  const called = new Set(servers.flatMap((server) => server.calls.map((c) => c.name)));
  expect(called.size).toBeGreaterThan(0);
  const missing = [...called].filter((name) => !new RegExp(`function ${name}\\(`).test(bundle));
  expect(missing).toEqual([]);
});
