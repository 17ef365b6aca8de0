/**
 * A static loader: serves HTML text at made-up addresses on a test origin, so pages load as
 * documents (init scripts, relative links and print emulation behave as on a real site)
 * without a server or the file system.
 */
import type { Page } from 'playwright-core';

export const TEST_ORIGIN = 'https://dyad.test';

/** Serves `pages` (path → HTML) on TEST_ORIGIN for `page`; anything else there is a 404. */
export async function servePages(page: Page, pages: Record<string, string>): Promise<void> {
  await page.route(`${TEST_ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = pages[path];
    void route.fulfill(
      body === undefined
        ? { status: 404, contentType: 'text/plain', body: 'not found' }
        : { status: 200, contentType: 'text/html; charset=utf-8', body },
    );
  });
}

/** Serves one HTML document and opens it. */
export async function showHtml(page: Page, path: string, html: string): Promise<void> {
  await servePages(page, { [path]: html });
  await page.goto(`${TEST_ORIGIN}${path}`, { waitUntil: 'load' });
}
