/** The add-on's screens the browser tests know, and how to reach things in them by keyboard. */
import type { Locator, Page } from 'playwright-core';
import type { ServerFunction } from './fakeServer';

export interface ScreenSpec {
  /** Sidebars are 300 px wide in Sheets; dialogs are opened 420 px wide. */
  kind: 'sidebar' | 'dialog';
  /** The server function the screen calls as it opens, if any. */
  loadCall: ServerFunction | null;
}

export const SCREENS: Readonly<Record<string, ScreenSpec>> = {
  review: { kind: 'sidebar', loadCall: 'getReviewData' },
  dashboard: { kind: 'sidebar', loadCall: 'getDashboardData' },
  meetings: { kind: 'sidebar', loadCall: 'getMeetingsData' },
  escalation: { kind: 'dialog', loadCall: 'getOpenEscalations' },
  withdrawal: { kind: 'dialog', loadCall: 'getWithdrawablePairs' },
  midPilotReview: { kind: 'dialog', loadCall: null },
  installation: { kind: 'dialog', loadCall: 'getInstallationChecks' },
};

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

/** Presses Tab (no mouse) until `target` has the focus; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<number> {
  for (let presses = 0; presses <= limit; presses++) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(
    () => document.activeElement?.outerHTML.slice(0, 80) ?? 'nothing',
  );
  throw new Error(`${limit} presses of Tab never reached the element; the focus is on ${focused}`);
}

/** The visible text of the screen's alert region(s). */
export async function alertText(page: Page): Promise<string> {
  const alerts = page.getByRole('alert');
  const texts = await alerts.evaluateAll((nodes) =>
    nodes
      .filter((n) => (n as HTMLElement).offsetParent !== null)
      .map((n) => (n as HTMLElement).innerText.trim()),
  );
  return texts.join(' ');
}
