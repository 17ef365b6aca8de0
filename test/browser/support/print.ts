/** Printing checks: the A4 printable width, and which rows or blocks may be split across pages. */
import type { Page } from 'playwright-core';

const MM_PER_INCH = 25.4;
const CSS_PX_PER_INCH = 96;
const A4_WIDTH_MM = 210;
/** Chromium's own margin when a page sets none: about 0.4 in. */
const DEFAULT_MARGIN_MM = 10;

export function mmToPx(mm: number): number {
  return (mm / MM_PER_INCH) * CSS_PX_PER_INCH;
}

/** The side margins the page's `@page` rule sets, in mm (Chromium's default when it sets none). */
export function pageSideMarginsMm(page: Page): Promise<{ left: number; right: number }> {
  return page.evaluate((fallback) => {
    const toMm = (value: string): number | null => {
      const m = /^([\d.]+)(mm|cm|in|px|pt)$/.exec(value.trim());
      if (!m) return null;
      const factor: Record<string, number> = {
        mm: 1,
        cm: 10,
        in: 25.4,
        px: 25.4 / 96,
        pt: 25.4 / 72,
      };
      return Number(m[1]) * factor[m[2]];
    };
    let left = fallback;
    let right = fallback;
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) {
        if (rule instanceof CSSPageRule) {
          left = toMm(rule.style.marginLeft) ?? left;
          right = toMm(rule.style.marginRight) ?? right;
        }
      }
    }
    return { left, right };
  }, DEFAULT_MARGIN_MM);
}

/** The width, in CSS px, that content has on an A4 page with the page's own margins. */
export async function a4PrintableWidthPx(page: Page): Promise<number> {
  const { left, right } = await pageSideMarginsMm(page);
  return Math.floor(mmToPx(A4_WIDTH_MM - left - right));
}

/** Elements matching `selector` that may be split across pages (no break-inside: avoid). */
export function splittable(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const avoids = (el: Element): boolean => {
      const style = getComputedStyle(el);
      return (
        style.breakInside === 'avoid' ||
        style.breakInside === 'avoid-page' ||
        style.getPropertyValue('page-break-inside') === 'avoid'
      );
    };
    return Array.from(document.querySelectorAll(sel))
      .filter((el) => !avoids(el))
      .map((el) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`);
  }, selector);
}

/** Tables (by caption or first header) wider than `limit` px, with their widths. */
export function tablesWiderThan(page: Page, limit: number): Promise<string[]> {
  return page.evaluate((max) => {
    return Array.from(document.querySelectorAll('table'))
      .map((table) => ({
        name: (table.caption?.textContent ?? table.querySelector('th')?.textContent ?? '').trim(),
        width: Math.max(table.getBoundingClientRect().width, table.scrollWidth),
      }))
      .filter((t) => t.width > max + 0.5)
      .map((t) => `table "${t.name}" is ${Math.round(t.width)} px wide`);
  }, limit);
}
