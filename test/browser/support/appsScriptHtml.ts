/**
 * The add-on's sidebars and dialogs as Apps Script serves them: the HTML files the bundle ships
 * (dist/), their template scriptlets evaluated the way HtmlService does, loaded in a page whose
 * `google.script.run` is a FakeServer.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { FakeHtmlService } from '../../google/fakes/services';
import type { FakeServer } from './fakeServer';
import { showHtml } from './staticSite';

export const DIST_DIR = resolve(__dirname, '../../../dist');

/** The screens the bundle ships: every dist/*.html, by name without the extension. */
export function shippedScreens(): string[] {
  if (!existsSync(DIST_DIR))
    throw new Error(`${DIST_DIR} is missing: run "npm run build" (npm run test:browser does)`);
  return readdirSync(DIST_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .sort();
}

/**
 * The screen's HTML as HtmlService serves it: the template made from the shipped file, the
 * values set on it and evaluated, as src/google/html.ts does (with the Apps Script fakes'
 * HtmlService, which evaluates `<?= ?>`, `<?!= ?>` and `<? ?>` scriptlets).
 */
export function renderScreen(screen: string, values: Record<string, unknown>): string {
  const template = new FakeHtmlService(DIST_DIR).createTemplateFromFile(screen);
  Object.assign(template, values);
  return template.evaluate().getContent();
}

/** Opens a shipped screen in `page`, its server answered by `server`. */
export async function openScreen(
  page: Page,
  screen: string,
  values: Record<string, unknown>,
  server: FakeServer,
): Promise<void> {
  await server.attach(page);
  await showHtml(page, `/${screen}.html`, renderScreen(screen, values));
}
