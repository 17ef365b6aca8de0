/** Building the page's elements from text: every value is placed as text, never as markup. */
type Child = Node | string | null;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null) element.append(child);
  return element;
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the page has no #${id}`);
  return element as T;
}

/** A table with a caption, column heads and rows of text. */
export function table(caption: string, heads: string[], rows: Child[][]): HTMLElement {
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    [
      el('table', {}, [
        el('caption', {}, [caption]),
        el('thead', {}, [
          el(
            'tr',
            {},
            heads.map((h) => el('th', { scope: 'col' }, [h])),
          ),
        ]),
        el(
          'tbody',
          {},
          rows.map((cells) =>
            el(
              'tr',
              {},
              cells.map((c) =>
                c instanceof HTMLElement && c.tagName === 'TD' ? c : el('td', {}, [c]),
              ),
            ),
          ),
        ),
      ]),
    ],
  );
}
