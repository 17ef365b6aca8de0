/**
 * Reading an `.xlsx` workbook's sheets as grids of cells, straight from the zip archive and its
 * XML parts. It reads values only (never formatting, formulas or links), which makes it several
 * times faster than loading the whole workbook model: the sample exports of a large cohort are
 * read in tens of milliseconds instead of half a second.
 *
 * Cells come out as the core expects them: text (empty text is null), numbers, booleans, dates
 * (number cells with a date format, wall-clock time in the UTC fields), an error's code
 * (`#N/A`), and a formula's last computed result, never the formula itself.
 */
import type { Cell } from '../core/records';
import { dateFromSerial, isDateFormat } from './xlsxDates';
import { elements, firstElement, xmlText } from './xmlParts';
import { openZip, type ZipArchive } from './zipArchive';

export interface XlsxSheet {
  name: string;
  /** The sheet's rows from row 1; a row or cell the file leaves out is empty (`[]`, null). */
  rows(): Cell[][];
}

interface Relationship {
  type: string;
  path: string;
}

interface Part {
  zip: ZipArchive;
  path: string;
}

interface CellContext {
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

/** The signature of the compound files that hold `.xls` and password-protected workbooks. */
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const OFFICE_DOCUMENT = /\/officeDocument$/;
const SHARED_STRINGS = /\/sharedStrings$/;
const STYLES = /\/styles$/;

function partText({ zip, path }: Part): string | null {
  return zip.read(path)?.toString('utf8') ?? null;
}

/** A relationship target as a path inside the archive, resolved against its source part. */
function resolvePath(sourcePath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = sourcePath.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The relationships of a part, by id (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
function relationships(zip: ZipArchive, sourcePath: string): Map<string, Relationship> {
  const folder = sourcePath.includes('/') ? sourcePath.slice(0, sourcePath.lastIndexOf('/')) : '';
  const file = sourcePath.slice(sourcePath.lastIndexOf('/') + 1);
  const xml = partText({ zip, path: `${folder === '' ? '' : `${folder}/`}_rels/${file}.rels` });
  const found = new Map<string, Relationship>();
  for (const { attributes } of elements(xml ?? '', 'Relationship')) {
    const target = attributes.get('Target');
    if (target === undefined || attributes.get('TargetMode') === 'External') continue;
    found.set(attributes.get('Id') ?? '', {
      type: attributes.get('Type') ?? '',
      path: resolvePath(sourcePath, target),
    });
  }
  return found;
}

function relatedPath(related: Map<string, Relationship>, type: RegExp): string | undefined {
  return [...related.values()].find((r) => type.test(r.type))?.path;
}

function workbookPath(zip: ZipArchive): string {
  return relatedPath(relationships(zip, ''), OFFICE_DOCUMENT) ?? 'xl/workbook.xml';
}

/** The text of a string item or inline string: its runs joined, phonetic guides left out. */
function runText(body: string | null): string {
  if (body === null) return '';
  let text = '';
  for (const run of elements(body.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, ''), 't')) {
    text += run.body ?? '';
  }
  return escapedCharacters(xmlText(text));
}

/** OOXML writes characters XML cannot hold as `_xHHHH_` (and a literal `_x` as `_x005F_x`). */
function escapedCharacters(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

function sharedStrings(part: Part | undefined): string[] {
  const xml = part === undefined ? null : partText(part);
  return xml === null ? [] : [...elements(xml, 'si')].map((item) => runText(item.body));
}

/** The indexes of the cell formats (`s` attribute) that show a date. */
function dateStyles(part: Part | undefined): Set<number> {
  const xml = part === undefined ? null : partText(part);
  const styles = new Set<number>();
  if (xml === null) return styles;
  const customFormats = new Map<number, string>();
  for (const { attributes } of elements(xml, 'numFmt')) {
    customFormats.set(Number(attributes.get('numFmtId')), attributes.get('formatCode') ?? '');
  }
  const cellFormats = firstElement(xml, 'cellXfs')?.body ?? '';
  let index = 0;
  for (const { attributes } of elements(cellFormats, 'xf')) {
    const id = Number(attributes.get('numFmtId') ?? 0);
    if (isDateFormat(id, customFormats.get(id))) styles.add(index);
    index++;
  }
  return styles;
}

/** `B7` → 2 (columns count from 1); null when the reference has no column letters. */
function columnNumber(reference: string): number | null {
  let column = 0;
  for (const char of reference.toUpperCase()) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column === 0 ? null : column;
}

function textCell(text: string): Cell {
  return text === '' ? null : text;
}

function numberCell(text: string, style: number, context: CellContext): Cell {
  const value = Number(text);
  if (text.trim() === '' || Number.isNaN(value)) return textCell(text);
  if (!context.dateStyles.has(style)) return value;
  return dateFromSerial(value, context.date1904) ?? value;
}

function cellValue(
  attributes: Map<string, string>,
  body: string | null,
  context: CellContext,
): Cell {
  const type = attributes.get('t') ?? 'n';
  if (type === 'inlineStr') return textCell(runText(firstElement(body ?? '', 'is')?.body ?? null));
  const raw = firstElement(body ?? '', 'v')?.body;
  if (raw === undefined || raw === null) return null;
  const text = xmlText(raw);
  switch (type) {
    case 's':
      return textCell(context.sharedStrings[Number(text)] ?? '');
    case 'str':
      return textCell(escapedCharacters(text));
    case 'b':
      return !['0', 'false', ''].includes(text.trim().toLowerCase());
    case 'e':
      return textCell(text);
    case 'd': {
      const date = new Date(text);
      return Number.isNaN(date.getTime()) ? textCell(text) : date;
    }
    default:
      return numberCell(text, Number(attributes.get('s') ?? 0), context);
  }
}

function cellsOf(rowBody: string | null, context: CellContext): Cell[] {
  const cells: Cell[] = [];
  let column = 0;
  for (const { attributes, body } of elements(rowBody ?? '', 'c')) {
    column = columnNumber(attributes.get('r') ?? '') ?? column + 1;
    cells[column - 1] = cellValue(attributes, body, context);
  }
  return Array.from(cells, (cell) => cell ?? null);
}

function sheetRows(xml: string, context: CellContext): Cell[][] {
  const rows: Cell[][] = [];
  let number = 0;
  for (const row of elements(firstElement(xml, 'sheetData')?.body ?? '', 'row')) {
    const stated = Number(row.attributes.get('r'));
    number = Number.isInteger(stated) && stated > 0 ? stated : number + 1;
    rows[number - 1] = cellsOf(row.body, context);
  }
  return Array.from(rows, (row) => row ?? []);
}

/** A sheet's `r:id`, whatever prefix the file gives the relationships namespace. */
function relationshipId(attributes: Map<string, string>): string {
  for (const [key, value] of attributes) if (key.endsWith(':id')) return value;
  return '';
}

/**
 * Opens a workbook held in memory and lists its sheets in order; a sheet's cells are read when
 * asked for. Throws a plain-words Error when the bytes are not an `.xlsx` workbook.
 */
export function openXlsx(bytes: Buffer): XlsxSheet[] {
  if (bytes.subarray(0, 4).equals(COMPOUND_FILE)) {
    throw new Error(
      'it is password-protected or an old .xls file: save it as an .xlsx workbook without a password',
    );
  }
  const zip = openZip(bytes);
  const bookPath = workbookPath(zip);
  const book = partText({ zip, path: bookPath });
  if (book === null) throw new Error('it holds no workbook');
  const related = relationships(zip, bookPath);
  const partOf = (type: RegExp): Part | undefined => {
    const path = relatedPath(related, type);
    return path === undefined ? undefined : { zip, path };
  };
  let context: CellContext | undefined;
  const cellContext = (): CellContext =>
    (context ??= {
      sharedStrings: sharedStrings(partOf(SHARED_STRINGS)),
      dateStyles: dateStyles(partOf(STYLES)),
      date1904: /^(1|true)$/.test(
        firstElement(book, 'workbookPr')?.attributes.get('date1904') ?? '',
      ),
    });
  return [...elements(firstElement(book, 'sheets')?.body ?? '', 'sheet')].map(({ attributes }) => {
    const relationship = related.get(relationshipId(attributes));
    return {
      name: attributes.get('name') ?? '',
      rows() {
        const xml = relationship === undefined ? null : partText({ zip, path: relationship.path });
        return xml === null ? [] : sheetRows(xml, cellContext());
      },
    };
  });
}
