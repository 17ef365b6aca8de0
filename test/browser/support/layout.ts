/** Layout checks run inside the page: sideways scrolling, clipped elements, boxes and styles. */
import type { Locator, Page } from 'playwright-core';

/**
 * Everything that does not fit the viewport's width: the page scrolling sideways, and each
 * visible element wider than the viewport or sticking out of it (described by tag, id, class
 * and the start of its text). Visually hidden elements (1×1 px, screen-reader text) are skipped.
 * With `scrollRegions: 'allowed'`, what stands inside a region that scrolls sideways on its own
 * (overflow-x auto or scroll) is passed over; the region itself must still fit.
 */
export function horizontalOverflow(
  page: Page,
  options: { scrollRegions: 'allowed' | 'not allowed' } = { scrollRegions: 'not allowed' },
): Promise<string[]> {
  return page.evaluate((allowRegions) => {
    const problems: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    const viewport = root.clientWidth;
    if (root.scrollWidth > viewport) {
      problems.push(
        `the page scrolls sideways: ${root.scrollWidth} px of content in ${viewport} px`,
      );
    }
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const cls =
        typeof el.className === 'string' && el.className
          ? `.${el.className.trim().split(/\s+/).join('.')}`
          : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
    };
    const inScrollRegion = (el: Element): boolean => {
      for (let up = el.parentElement; up !== null && up !== document.body; up = up.parentElement) {
        if (/^(auto|scroll)$/.test(getComputedStyle(up).overflowX)) return true;
      }
      return false;
    };
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (allowRegions && inScrollRegion(el)) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue;
      if (box.width > viewport + 0.5)
        problems.push(`${describe(el)} is ${Math.round(box.width)} px wide`);
      else if (box.right > viewport + 0.5 || box.left < -0.5) {
        problems.push(
          `${describe(el)} sticks out: ${Math.round(box.left)} to ${Math.round(box.right)} px`,
        );
      }
    }
    return problems;
  }, options.scrollRegions === 'allowed');
}

/** Is the element wholly inside the first screen (no scrolling)? */
export async function withinFirstScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = locator.page().viewportSize();
  if (box === null || viewport === null) return false;
  return (
    box.y >= 0 &&
    box.y + box.height <= viewport.height &&
    box.x >= 0 &&
    box.x + box.width <= viewport.width
  );
}
