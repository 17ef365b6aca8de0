/**
 * Text made safe for the terminal: whatever the data hold (a name, an email, a Pair ID, an
 * answer quoted in an issue, text in the configuration), no control character reaches the
 * Lead's terminal. Each one is shown as a visible escape (`\x1B`, `\u202E`) instead, so the
 * Lead can still see that it was there. Newlines and tabs are kept.
 */

/** C0 controls but tab and newline, DEL, C1 controls, line/paragraph separators, bidi controls. */
const UNSAFE_RANGES: readonly [number, number][] = [
  [0x00, 0x08],
  [0x0b, 0x1f],
  [0x7f, 0x9f],
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x2028, 0x2029],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;

/** Built from code points, so that the source holds no control character. */
export const UNSAFE_TERMINAL_CHARACTERS = new RegExp(
  `[${UNSAFE_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`,
  'g',
);

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function safeForTerminal(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(UNSAFE_TERMINAL_CHARACTERS, visible);
}
