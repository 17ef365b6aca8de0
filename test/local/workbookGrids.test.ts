import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { readProgramme } from '../../src/core/readProgramme';
import { readTablesFromPath } from '../../src/local/readTables';
import { readWorkbookGrids } from '../../src/local/workbookGrids';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-grids-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const everySheet = (): boolean => true;

describe('readWorkbookGrids', () => {
  it('keeps a formula result of 0, false or text, and gives nothing for a formula never computed', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('pairs');
    sheet.addRow([
      { formula: 'A2-A2', result: 0 },
      { formula: 'A2=B2', result: false },
      { formula: 'A2=A2', result: true },
      { formula: 'UPPER("p1")', result: 'P1' },
      { formula: 'SUM(A:A)' },
      { formula: 'DATE(2026,3,1)', result: new Date(Date.UTC(2026, 2, 1)) },
    ]);
    const file = join(dir, 'formulas.xlsx');
    await workbook.xlsx.writeFile(file);
    const [grid] = await readWorkbookGrids(file, everySheet);
    expect(grid.rows).toEqual([[0, false, true, 'P1', null, new Date(Date.UTC(2026, 2, 1))]]);
  });

  it('says in plain words that a password-protected or .xls file must be saved as .xlsx', async () => {
    const file = join(dir, 'locked.xlsx');
    const signature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(file, Buffer.concat([signature, Buffer.alloc(1024)]));
    await expect(readWorkbookGrids(file, everySheet)).rejects.toThrow(
      /^Cannot read "[^"]*locked\.xlsx" as an Excel workbook: it is password-protected or an old \.xls file; save it as an \.xlsx workbook without a password$/,
    );
  });

  it('reads only the sheets asked for, in the workbook’s order', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ['scratch', 'pairs', 'notes', 'programme']) {
      workbook.addWorksheet(name).addRow([name]);
    }
    const file = join(dir, 'sheets.xlsx');
    await workbook.xlsx.writeFile(file);
    const grids = await readWorkbookGrids(file, (name) => ['programme', 'pairs'].includes(name));
    expect(grids).toEqual([
      { name: 'pairs', rows: [['pairs']] },
      { name: 'programme', rows: [['programme']] },
    ]);
  });
});

describe('a workbook written by openpyxl (inline strings, its own date formats)', () => {
  const fixture = resolve(__dirname, '../fixtures/openpyxl-programme.xlsx');

  it('gives each kind of value as the core expects it', async () => {
    const [values] = await readWorkbookGrids(fixture, (name) => name === 'values');
    expect(values.rows.map((row) => row[1] ?? null)).toEqual([
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
    expect(fromSample.records.menteeApplications.length).toBeGreaterThan(0);
    expect(fromOpenpyxl).toEqual(fromSample);
  });
});
