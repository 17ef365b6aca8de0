import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readProgramme } from '../../src/core/readProgramme';
import { readExports } from '../../src/files';
import { main } from '../../src/local/cli';
import { programmeWorkbookBytes } from '../../src/local/programmeWorkbook';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dyad-init-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function dyad(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('dyad init', () => {
  it('writes programme.xlsx into a folder, or the .xlsx named, and never overwrites', async () => {
    const first = await dyad('init', join(work, 'lead'));
    expect(first.code).toBe(0);
    expect(existsSync(join(work, 'lead', 'programme.xlsx'))).toBe(true);
    const named = await dyad('init', join(work, 'Cohort 1.xlsx'));
    expect(named.code).toBe(0);
    expect(existsSync(join(work, 'Cohort 1.xlsx'))).toBe(true);
    const again = await dyad('init', join(work, 'lead'));
    expect(again.code).toBe(2);
    expect(again.err).toMatch(
      /^dyad: init: "[^"]*programme\.xlsx" already exists; dyad init never overwrites[^\n]*\n$/,
    );
  });

  it('is in --help, and takes no options', async () => {
    expect((await dyad('--help')).out).toContain('dyad init <folder|file.xlsx>');
    const withOut = await dyad('init', join(work, 'x'), '--out', join(work, 'y'));
    expect(withOut.code).toBe(2);
    expect(withOut.err).toBe('dyad: init: takes no options (see dyad --help)\n');
  });
});

describe('the programme workbook', () => {
  it('has the protocol’s headers, drop-downs, date cells and the settings with defaults', async () => {
    const workbook = await load(await programmeWorkbookBytes());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'How to fill this',
      'programme',
      'pairs',
      'escalations',
    ]);
    const pairs = sheetOf(workbook, 'pairs');
    expect((pairs.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Pair ID',
      'Mentee email',
      'Mentor email',
      'Match score',
      'Confirmed by lead',
      'Confirmed by IMG tutor',
      'Rationale',
      'Status',
      'Withdrawal date',
      'Withdrawal reason',
      'Beyond programme control',
    ]);
    expect(pairs.getCell('E2').dataValidation.formulae).toEqual(['"TRUE,FALSE"']);
    expect(pairs.getCell('F1000').dataValidation.formulae).toEqual(['"TRUE,FALSE"']);
    expect(pairs.getCell('H2').dataValidation.formulae).toEqual([
      '"Active,Completed,Withdrawn,Excluded"',
    ]);
    expect(pairs.getCell('I2').dataValidation.type).toBe('date');
    expect(pairs.getColumn(9).numFmt).toBe('dd/mm/yyyy');
    expect(pairs.getCell('K2').dataValidation.formulae).toEqual(['"Yes,No"']);
    const escalations = sheetOf(workbook, 'escalations');
    expect(escalations.getCell('E2').dataValidation.formulae).toEqual(['"Open,Resolved"']);
    expect(escalations.getCell('B2').dataValidation.type).toBe('date');
    expect(escalations.getCell('F2').dataValidation.type).toBe('date');
    const programme = sheetOf(workbook, 'programme');
    expect(
      [1, 2, 3, 4, 5, 6, 7].map((r) => (programme.getRow(r).values as unknown[]).slice(1)),
    ).toEqual([
      ['Setting', 'Value'],
      ['Target pairs', 10],
      ['Pilot start date'],
      ['Pilot end date'],
      ['Admin burden escalated to senior team'],
      ['Committee decision'],
      ['Committee decision date'],
    ]);
    expect(programme.getCell('B3').numFmt).toBe('dd/mm/yyyy');
    expect(programme.getCell('B5').dataValidation.formulae).toEqual(['"Yes,No"']);
  });

  it('is read back as the Lead filled it in, with no issue and nothing else read', async () => {
    const workbook = await load(await programmeWorkbookBytes());
    sheetOf(workbook, 'programme').getCell('B3').value = new Date(Date.UTC(2026, 0, 12));
    sheetOf(workbook, 'programme').getCell('B4').value = new Date(Date.UTC(2026, 6, 12));
    sheetOf(workbook, 'pairs').getRow(2).values = [
      'P01',
      'ann@nhs.example.org',
      'ada@nhs.example.org',
      9,
      true,
      true,
      'Same specialty',
      'Active',
    ];
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await readExports([{ name: 'programme.xlsx', bytes }]);
    expect(read.issues).toEqual([]);
    expect(Object.keys(read.tables)).toEqual(['pairs', 'escalations', 'programme']);
    expect(read.tables.escalations?.rows).toEqual([]);
    const { records, issues } = readProgramme(read.tables);
    // The pair's people have not applied in this test: only that is said.
    expect(issues.map((i) => i.problem)).toEqual([
      expect.stringMatching(
        /^the mentee email ann@nhs\.example\.org matches no mentee application/,
      ),
      expect.stringMatching(
        /^the mentor email ada@nhs\.example\.org matches no mentor application/,
      ),
    ]);
    expect(records.programme).toMatchObject({
      targetPairs: 10,
      pilotStart: '2026-01-12',
      pilotEnd: '2026-07-12',
    });
    expect(records.pairs).toEqual([
      expect.objectContaining({ pairId: 'P01', confirmedByLead: true, confirmedByTutor: true }),
    ]);
  });

  it('gives the same bytes each time', async () => {
    const a = await programmeWorkbookBytes();
    const b = await programmeWorkbookBytes();
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(readFileSync(join(work, 'lead', 'programme.xlsx')).equals(Buffer.from(a))).toBe(true);
  });
});
