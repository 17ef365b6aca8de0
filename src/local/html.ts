/** Building HTML text safely: every value goes through `escapeHtml` before it reaches markup. */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

export interface RowStyle {
  /** The first cell heads the row. */
  header?: boolean;
  /** The cells after the first are numbers: right-aligned. */
  numeric?: boolean;
}

/** A table row of already-escaped cells. */
export function tableRow(cells: string[], style: RowStyle = {}): string {
  const [first, ...rest] = cells;
  const lead = style.header ? `<th scope="row">${first}</th>` : `<td>${first}</td>`;
  const open = style.numeric ? '<td class="num">' : '<td>';
  return `<tr>${lead}${rest.map((c) => `${open}${c}</td>`).join('')}</tr>`;
}

/** A table head of plain-text column titles (escaped here). */
export function tableHead(titles: string[]): string {
  return `<thead><tr>${titles.map((t) => `<th scope="col">${escapeHtml(t)}</th>`).join('')}</tr></thead>`;
}
