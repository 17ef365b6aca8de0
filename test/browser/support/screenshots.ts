/**
 * Screenshots of every screen, under test-output/screenshots/ (git-ignored), named after the
 * screen and the viewport width, so a person can look at what the tests saw.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve(__dirname, '../../../test-output/screenshots');

/** Distinct colours below which a screenshot counts as blank (text antialiasing gives dozens). */
export const BLANK_COLOUR_LIMIT = 8;

export function screenshotPath(screen: string, width: number): string {
  return join(SCREENSHOT_DIR, `${screen}-${width}.png`);
}

/** Takes a full-page screenshot of `page`, writes it and answers its bytes. */
export async function captureScreen(page: Page, screen: string): Promise<Buffer> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  return page.screenshot({ path: screenshotPath(screen, width), fullPage: true });
}
