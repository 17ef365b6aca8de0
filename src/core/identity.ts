/**
 * One person, one identity: every email and Pair ID in every sheet is read through here, so
 * that an address typed with an invisible character, a different case or stray spaces is the
 * same person everywhere (applications, check-ins, feedback, pairs, escalations).
 */

/** What was cleaned out of an answer, in words, for the import issue that says so. */
export interface Cleaned {
  text: string;
  /** Names of the invisible or control characters removed, e.g. "zero-width space"; empty when none. */
  removed: string[];
}

const NAMED: Record<string, string> = {
  '\u0000': 'NUL',
  '\u00AD': 'soft hyphen',
  '\u061C': 'Arabic letter mark',
  '\u180E': 'Mongolian vowel separator',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u2060': 'word joiner',
  '\uFEFF': 'byte order mark',
};

/** Format (Cf) and control (Cc) characters, except the ordinary whitespace ones. */
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;
const ORDINARY_WHITESPACE = /[\t\n\r\v\f]/;

function nameOf(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x202a && code <= 0x202e) return 'direction override';
  if (code >= 0x2066 && code <= 0x2069) return 'direction isolate';
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return code < 0x20 || (code >= 0x7f && code <= 0x9f)
    ? `control character U+${hex}`
    : `invisible character U+${hex}`;
}

/**
 * NFKC, then every invisible or control character removed (named in `removed`), whitespace
 * runs made single spaces and the ends trimmed.
 */
export function cleanText(raw: string): Cleaned {
  const removed: string[] = [];
  const visible = raw.normalize('NFKC').replace(INVISIBLE, (char) => {
    if (ORDINARY_WHITESPACE.test(char)) return ' ';
    const name = nameOf(char);
    if (!removed.includes(name)) removed.push(name);
    return '';
  });
  return { text: visible.replace(/\s+/g, ' ').trim(), removed };
}

/** A note for an import issue: "invisible characters removed (zero-width space)". */
export function removedNote(removed: readonly string[]): string {
  const noun = removed.length === 1 ? 'character' : 'characters';
  return `invisible or control ${noun} removed (${removed.join(', ')})`;
}

const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;

export interface EmailIdentity {
  /** The identity: NFKC, lower case, no invisible characters, no spaces; '' when not an email. */
  email: string;
  removed: string[];
}

/**
 * The one identity of an email address. Spaces anywhere are folded away (an address cannot
 * hold one), a `mailto:` prefix is dropped, case is folded.
 */
export function emailIdentity(raw: string): EmailIdentity {
  const { text, removed } = cleanText(raw);
  const folded = text
    .replace(/\s+/g, '')
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return { email: EMAIL_PATTERN.test(folded) ? folded : '', removed };
}

/** A Pair ID as the sheets write it, cleaned; compare IDs with `pairIdKey`. */
export function cleanPairId(raw: string): Cleaned {
  return cleanText(raw);
}

/** Pair IDs are the same ID whatever their case or spacing. */
export function pairIdKey(pairId: string): string {
  return cleanText(pairId).text.toLowerCase();
}
