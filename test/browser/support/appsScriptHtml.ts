/**
 * The add-on's sidebars and dialogs as Apps Script serves them: the HTML files the bundle ships
 * (dist/), their template scriptlets evaluated the way HtmlService does, loaded in a page whose
 * `google.script.run` is a FakeServer.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
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

export function shippedHtml(screen: string): string {
  return readFileSync(join(DIST_DIR, `${screen}.html`), 'utf8');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/**
 * Evaluates an HtmlService template: `<?= expr ?>` prints escaped, `<?!= expr ?>` prints as
 * is, `<? code ?>` runs; the template's values are in scope as variables, as HtmlService puts
 * the template object's properties in scope.
 */
export function evaluateTemplate(template: string, values: Record<string, unknown>): string {
  const parts = template.split(/(<\?(?:!=|=)?[\s\S]*?\?>)/);
  const body = parts
    .map((part) => {
      const scriptlet = /^<\?(!=|=)?([\s\S]*?)\?>$/.exec(part);
      if (scriptlet === null) return `__out.push(${JSON.stringify(part)});`;
      const [, kind, code] = scriptlet;
      if (kind === '=') return `__out.push(__escape(${code}));`;
      if (kind === '!=') return `__out.push(String(${code}));`;
      return code;
    })
    .join('\n');
  const names = Object.keys(values);
  const render = new Function(
    '__escape',
    ...names,
    `const __out = [];\n${body}\nreturn __out.join('');`,
  ) as (...args: unknown[]) => string;
  return render(escapeHtml, ...names.map((n) => values[n]));
}

/** Opens a shipped screen in `page`, its server answered by `server`. */
export async function openScreen(
  page: Page,
  screen: string,
  values: Record<string, unknown>,
  server: FakeServer,
): Promise<void> {
  await server.attach(page);
  await showHtml(page, `/${screen}.html`, evaluateTemplate(shippedHtml(screen), values));
}
