/**
 * Builds small zip archives in memory, part by part, so that a test can hand the workbook reader
 * exactly the XML a given spreadsheet program writes (inline strings, prefixes, stored entries).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  content: string;
  stored?: boolean;
  encrypted?: boolean;
}

export function zipOf(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const raw = Buffer.from(part.content, 'utf8');
    const data = part.stored === true ? raw : deflateRawSync(raw);
    const header = (signature: number, size: number): Buffer => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const fields = (b: Buffer, at: number): void => {
      b.writeUInt16LE(part.encrypted === true ? 1 : 0, at + 2);
      b.writeUInt16LE(part.stored === true ? 0 : 8, at + 4);
      b.writeUInt32LE(crc32(raw), at + 10);
      b.writeUInt32LE(data.length, at + 14);
      b.writeUInt32LE(raw.length, at + 18);
      b.writeUInt16LE(name.length, at + 22);
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    fields(local, 4);
    const entry = header(0x02014b50, 46);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    fields(entry, 6);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts every workbook needs around its sheets: package and workbook relationships. */
export function workbookParts(
  sheets: readonly { name: string; xml: string }[],
  extra: { sharedStrings?: string; styles?: string; workbookPr?: string } = {},
): ZipPart[] {
  const sheetList = sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const related = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (extra.sharedStrings !== undefined) {
    related.push(
      `<Relationship Id="rS" Type="${RELATIONSHIPS}/sharedStrings" Target="/xl/sharedStrings.xml"/>`,
    );
  }
  if (extra.styles !== undefined) {
    related.push(`<Relationship Id="rT" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>`);
  }
  return [
    {
      name: '_rels/.rels',
      content: `<?xml version="1.0"?><Relationships><Relationship Id="r1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0"?><workbook xmlns:r="${RELATIONSHIPS}">${extra.workbookPr ?? ''}<sheets>${sheetList}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0"?><Relationships>${related.join('')}</Relationships>`,
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, content: s.xml })),
    ...(extra.sharedStrings === undefined
      ? []
      : [{ name: 'xl/sharedStrings.xml', content: extra.sharedStrings }]),
    ...(extra.styles === undefined ? [] : [{ name: 'xl/styles.xml', content: extra.styles }]),
  ];
}

/** A worksheet part holding the given `<row>` elements. */
export function sheetXml(rows: string): string {
  return `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`;
}
