import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { Cell } from '../../src/core/records';
import { readProgramme } from '../../src/core/readProgramme';
import { readTablesFromPath } from '../../src/local/readTables';
import { openXlsx } from '../../src/local/xlsxWorkbook';
import { isDateFormat } from '../../src/local/xlsxDates';
import { sheetXml, workbookParts, zipOf } from './zipBuilder';

/** The same workbook read through exceljs's full model: the reference the reader must agree with. */
async function referenceGrids(bytes: Buffer): Promise<{ name: string; rows: Cell[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const cellOf = (value: ExcelJS.CellValue): Cell => {
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return value;
    if (typeof value === 'string') return value === '' ? null : value;
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    if ('richText' in value) return cellOf(value.richText.map((part) => part.text).join(''));
    if ('hyperlink' in value) return cellOf(value.text as ExcelJS.CellValue);
    if ('formula' in value || 'sharedFormula' in value) return cellOf(value.result ?? null);
    if ('error' in value) return value.error;
    return null;
  };
  return workbook.worksheets.map((sheet) => {
    const rows: Cell[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellOf(row.getCell(c).value));
      rows.push(cells);
    }
    return { name: sheet.name, rows };
  });
}

/** Rows without their trailing empty cells, and no trailing empty rows. */
function trimmed(rows: Cell[][]): Cell[][] {
  const out = rows.map((row) => {
    const cells = [...row];
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

function read(bytes: Buffer): { name: string; rows: Cell[][] }[] {
  return openXlsx(bytes).map((sheet) => ({ name: sheet.name, rows: sheet.rows() }));
}

const TEXT_UNITS = [
  'a',
  'Z',
  ' ',
  '\n',
  '\t',
  '&',
  '<',
  '>',
  '"',
  "'",
  '=',
  'é',
  'ф',
  '😀',
  '_',
  'x',
];
const text = fc.string({ unit: fc.constantFrom(...TEXT_UNITS), maxLength: 12 });
const plainText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', 'é'), maxLength: 8 });
const finite = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
  .map((n) => (n === 0 ? 0 : n));
const moment = fc
  .integer({ min: Date.UTC(1960, 0, 1), max: Date.UTC(2090, 0, 1) })
  .map((ms) => new Date(ms));
const NUMBER_FORMATS = [
  'General',
  '0.00%',
  '#,##0.00 "kg"',
  '[Red]0.0',
  'dd/mm/yyyy hh:mm',
  '[$-809]dd mmmm yyyy',
  'h:mm AM/PM',
  '"Date: "0',
  '_(* #,##0_)',
];

interface Generated {
  value: ExcelJS.CellValue;
  numFmt?: string;
}

const cellValue: fc.Arbitrary<Generated> = fc.oneof(
  text.map((value) => ({ value })),
  finite.map((value) => ({ value })),
  fc
    // Within the range a JavaScript Date can hold (beyond it, see 'stays a number' below).
    .tuple(
      fc.double({ noNaN: true, min: -9e7, max: 9e7 }).map((n) => (n === 0 ? 0 : n)),
      fc.constantFrom(...NUMBER_FORMATS),
    )
    .map(([value, numFmt]) => ({ value, numFmt })),
  fc.boolean().map((value) => ({ value })),
  moment.map((value) => ({ value })),
  fc
    .tuple(moment, fc.constantFrom(...NUMBER_FORMATS))
    .map(([value, numFmt]) => ({ value, numFmt })),
  fc.constant({ value: null }),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((parts) => ({
    value: { richText: parts.map((part, i) => ({ text: part, font: { bold: i % 2 === 0 } })) },
  })),
  fc.tuple(text, plainText).map(([label, path]) => ({
    value: { text: label, hyperlink: `https://example.org/${encodeURIComponent(path)}` },
  })),
  // exceljs drops a cached result of 0, false or '' (the reader keeps it: tested by hand below).
  fc
    .oneof(finite, plainText, fc.boolean())
    .filter((result) => result !== 0 && result !== false && result !== '')
    .map((result) => ({ value: { formula: 'A1', result } as ExcelJS.CellValue })),
  fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!').map((error) => ({
    value: { error } as ExcelJS.CellErrorValue,
  })),
);

const sheetShape = fc.record({
  name: fc.constantFrom('pairs', 'check-in', 'R&D <notes>', "Lead's list", 'Blad 1'),
  cells: fc.uniqueArray(
    fc.record({
      row: fc.integer({ min: 1, max: 12 }),
      column: fc.integer({ min: 1, max: 8 }),
      cell: cellValue,
    }),
    // One value per cell: exceljs keeps an overwritten cell's date format and then reads a text
    // formula result in it as an invalid date.
    { maxLength: 40, selector: ({ row, column }) => `${row}:${column}` },
  ),
});

describe('openXlsx', () => {
  it('reads every sheet exactly as the full exceljs model does, on random workbooks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(sheetShape, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (sheets, date1904) => {
          const workbook = new ExcelJS.Workbook();
          workbook.properties.date1904 = date1904;
          const used = new Set<string>();
          for (const shape of sheets) {
            const name = used.has(shape.name) ? `${shape.name} ${used.size}` : shape.name;
            used.add(name);
            const sheet = workbook.addWorksheet(name);
            for (const { row, column, cell } of shape.cells) {
              const target = sheet.getCell(row, column);
              target.value = cell.value;
              if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
            }
          }
          const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
          const expected = (await referenceGrids(bytes)).map((s) => ({
            ...s,
            rows: trimmed(s.rows),
          }));
          const actual = read(bytes).map((s) => ({ ...s, rows: trimmed(s.rows) }));
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 120, seed: 20261125 },
    );
  });

  it('reads the sample programme workbook like exceljs, sheet by sheet and cell by cell', async () => {
    const bytes = readFileSync(resolve(__dirname, '../../examples/sample-programme.xlsx'));
    const actual = read(bytes);
    expect(actual.map((s) => s.name)).toEqual([
      'mentee-application',
      'mentor-application',
      'check-in',
      'mentee-feedback',
      'mentor-feedback',
      'pairs',
      'escalations',
      'programme',
    ]);
    expect(actual.map((s) => ({ ...s, rows: trimmed(s.rows) }))).toEqual(
      (await referenceGrids(bytes)).map((s) => ({ ...s, rows: trimmed(s.rows) })),
    );
  });

  it('reads inline strings, escaped characters, phonetic guides, entities and implied positions', () => {
    const rows = [
      '<row r="1">',
      '<c r="A1" t="inlineStr"><is><t xml:space="preserve"> Dr A &amp; B </t></is></c>',
      '<c r="C1" t="inlineStr"><is><r><t>Ma</t></r><r><rPr><b/></rPr><t>ria</t></r></is></c>',
      '</row>',
      '<row>', // no r: the next row
      '<c t="s"><v>0</v></c><c t="s"><v>1</v></c>', // no r: the next columns
      '</row>',
      '<row r="5"><c r="B5" t="s"><v>2</v></c><c r="D5" t="inlineStr"><is><t/></is></c></row>',
    ].join('');
    const sharedStrings =
      '<sst><si><t>line one_x000D_</t></si><si><t>_x005F_x000D_ stays</t></si>' +
      '<si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><r><t>&#x1F600;&#233;</t></r></si></sst>';
    const bytes = zipOf(workbookParts([{ name: 'pairs', xml: sheetXml(rows) }], { sharedStrings }));
    expect(read(bytes)).toEqual([
      {
        name: 'pairs',
        rows: [
          [' Dr A & B ', null, 'Maria'],
          ['line one\r', '_x000D_ stays'],
          [],
          [],
          [null, '東京😀é', null, null],
        ],
      },
    ]);
  });

  it('gives booleans, error codes, ISO dates, cached formula results, a result of 0 or false, nothing for a formula never computed', () => {
    const rows =
      '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c>' +
      '<c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1" t="d"><v>2026-03-01T09:15:00Z</v></c>' +
      '<c r="E1" t="str"><f>A2&amp;"x"</f><v>Bx</v></c><c r="F1"><f>SUM(A:A)</f></c>' +
      '<c r="G1"><f>2*4</f><v>8</v></c><c r="H1" s="0"><v>-1.5E-3</v></c>' +
      '<c r="I1"><f>A1-A1</f><v>0</v></c><c r="J1" t="b"><f>A1=B1</f><v>0</v></c></row>';
    const [sheet] = read(zipOf(workbookParts([{ name: 'check-in', xml: sheetXml(rows) }])));
    expect(sheet.rows).toEqual([
      [true, false, '#DIV/0!', new Date('2026-03-01T09:15:00Z'), 'Bx', null, 8, -0.0015, 0, false],
    ]);
  });

  it('turns numbers with a date format into dates, in both date systems; one no date can hold stays a number', () => {
    const styles =
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/>' +
      '<numFmt numFmtId="165" formatCode="&quot;Score &quot;0.0"/></numFmts>' +
      '<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>' +
      '<xf numFmtId="164"><alignment wrapText="1"/></xf><xf numFmtId="165"/></cellXfs></styleSheet>';
    const rows =
      '<row r="1"><c r="A1" s="1"><v>46082</v></c><c r="B1" s="2"><v>46082.385416666664</v></c>' +
      '<c r="C1" s="3"><v>46082</v></c><c r="D1" s="0"><v>46082</v></c>' +
      '<c r="E1" s="1"><v>1E+300</v></c></row>';
    const parts = (workbookPr?: string) =>
      workbookParts([{ name: 'pairs', xml: sheetXml(rows) }], { styles, workbookPr });
    expect(read(zipOf(parts()))[0].rows).toEqual([
      [new Date('2026-03-01T00:00:00Z'), new Date('2026-03-01T09:15:00Z'), 46082, 46082, 1e300],
    ]);
    expect(read(zipOf(parts('<workbookPr date1904="1"/>')))[0].rows[0][0]).toEqual(
      new Date('2030-03-02T00:00:00Z'),
    );
  });

  it('accepts namespace prefixes, stored entries and a sheet with no cells', () => {
    const prefixed =
      '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr">' +
      '<x:is><x:t>P01</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    const parts = workbookParts([
      { name: 'pairs', xml: prefixed },
      { name: 'escalations', xml: '<worksheet><sheetData/></worksheet>' },
    ]).map((part) => ({ ...part, stored: true }));
    expect(read(zipOf(parts))).toEqual([
      { name: 'pairs', rows: [['P01']] },
      { name: 'escalations', rows: [] },
    ]);
  });

  it('refuses, in plain words, what is not a readable workbook', () => {
    expect(() => openXlsx(Buffer.from('not a zip archive at all, just some text'))).toThrow(
      'it is not an .xlsx workbook',
    );
    const compound = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(508)]);
    expect(() => openXlsx(compound)).toThrow(/password-protected or an old \.xls file/);
    expect(() => openXlsx(zipOf([{ name: 'readme.txt', content: 'hello' }]))).toThrow(
      'it holds no workbook',
    );
    const locked = workbookParts([{ name: 'pairs', xml: sheetXml('') }]).map((part) => ({
      ...part,
      encrypted: true,
    }));
    expect(() => openXlsx(zipOf(locked))).toThrow(/encrypted/);
    const truncated = zipOf(workbookParts([{ name: 'pairs', xml: sheetXml('') }]));
    expect(() => openXlsx(truncated.subarray(0, truncated.length - 30))).toThrow();
  });
});

describe('isDateFormat', () => {
  it.each([
    [14, undefined, true],
    [22, undefined, true],
    [46, undefined, true],
    [0, undefined, false],
    [4, undefined, false],
    [49, undefined, false],
    [164, 'dd/mm/yyyy', true],
    [164, '[$-809]dddd d mmmm yyyy', true],
    [164, 'h:mm:ss', true],
    [164, '"Days "0', false],
    [164, '[Red]#,##0.00', false],
    [164, '_(* #,##0_);_(* (#,##0)', false],
    [164, '0.00E+00', false],
    [164, 'General', false],
  ])('format %i %p is a date: %p', (id, code, expected) => {
    expect(isDateFormat(id, code)).toBe(expected);
  });
});

describe('a workbook written by openpyxl', () => {
  const fixture = resolve(__dirname, '../fixtures/openpyxl-programme.xlsx');
  const bytes = readFileSync(fixture);

  it('reads as exceljs reads it, inline strings and openpyxl’s own date formats included', async () => {
    const actual = read(bytes).map((s) => ({ ...s, rows: trimmed(s.rows) }));
    expect(actual).toEqual(
      (await referenceGrids(bytes)).map((s) => ({ ...s, rows: trimmed(s.rows) })),
    );
    expect(actual.find((s) => s.name === 'values')?.rows.map((row) => row[1] ?? null)).toEqual([
      'value',
      new Date('2026-03-01T09:15:02Z'),
      new Date('2026-07-31T00:00:00Z'),
      7,
      -0.125,
      true,
      false,
      'Dr <b>A</b> & "B" \'C\'',
      '\'=HYPERLINK("http://x","y")',
      null,
      'Zoë Ødegård 😀',
      3.5,
    ]);
  });

  it('gives the same programme as the sample workbook it was saved from', async () => {
    const fromOpenpyxl = readProgramme(await readTablesFromPath(fixture));
    const fromSample = readProgramme(
      await readTablesFromPath(resolve(__dirname, '../../examples/sample-programme.xlsx')),
    );
    expect(fromOpenpyxl).toEqual(fromSample);
    expect(fromSample.records.menteeApplications.length).toBeGreaterThan(0);
  });
});
