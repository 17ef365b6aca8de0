/**
 * Just enough XML for the parts of an `.xlsx` workbook, which are machine-written, flat and
 * regular: the elements of one name, their attributes, and their text decoded. Namespace
 * prefixes (`x:c`) are accepted and ignored.
 */

export interface XmlElement {
  attributes: Map<string, string>;
  /** What lies between the opening and closing tags; null for a self-closing element. */
  body: string | null;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const patterns = new Map<string, RegExp>();

/** Text with its character and entity references replaced by the characters they stand for. */
export function xmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (_, named: string | undefined, decimal?: string, hex?: string) => {
    if (named !== undefined) return NAMED_ENTITIES[named];
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) {
    attributes.set(match[1], xmlText(match[2] ?? match[3]));
  }
  return attributes;
}

function patternFor(name: string): RegExp {
  let pattern = patterns.get(name);
  if (pattern === undefined) {
    const qualified = `(?:[\\w.-]+:)?${name}`;
    pattern = new RegExp(`<${qualified}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${qualified}\\s*>)`, 'g');
    patterns.set(name, pattern);
  }
  return pattern;
}

/** Every element named `name` in `xml`, in document order (elements of one name never nest here). */
export function* elements(xml: string, name: string): Generator<XmlElement> {
  for (const match of xml.matchAll(patternFor(name))) {
    yield { attributes: attributesOf(match[1]), body: match[2] ?? null };
  }
}

/** The first element named `name`, or undefined. */
export function firstElement(xml: string, name: string): XmlElement | undefined {
  return elements(xml, name).next().value ?? undefined;
}
