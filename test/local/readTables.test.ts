import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readTablesFromPath } from '../../src/local/readTables';
import { readProgramme } from '../../src/core/readProgramme';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dyad-read-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function csvFolder(files: Record<string, string>): Promise<string> {
  const folder = join(dir, 'export');
  await mkdir(folder);
  for (const [name, content] of Object.entries(files)) {
    await writeFile(join(folder, name), content, 'utf8');
  }
  return folder;
}

describe('a folder of CSV files', () => {
  it('reads a BOM, CRLF, quoted commas and newlines, keeping cells as text and empty as null', async () => {
    const folder = await csvFolder({
      'mentee-application.csv':
        '\uFEFFTimestamp,Email address,Full name,Personal goal 1\r\n' +
        '01/03/2026 09:15:02,ann@nhs.net,"Okafor, Ann","Pass MRCP\r\npart 2"\r\n' +
        '02/03/2026 10:00:00,bo@nhs.net,,7\r\n',
    });
    const tables = await readTablesFromPath(folder);
    const table = tables['mentee-application'];
    expect(table?.header).toEqual(['Timestamp', 'Email address', 'Full name', 'Personal goal 1']);
    expect(table?.rows).toEqual([
      ['01/03/2026 09:15:02', 'ann@nhs.net', 'Okafor, Ann', 'Pass MRCP\r\npart 2'],
      ['02/03/2026 10:00:00', 'bo@nhs.net', null, '7'],
    ]);
  });

  it("reads Google Forms' own download: semicolon checkboxes and 12-hour timestamps with a zone", async () => {
    const folder = await csvFolder({
      'mentor-application.csv':
        '"Timestamp","Email Address","Which areas can you support?"\n' +
        '"2026/03/01 9:15:02 PM GMT+1","Cy@Trust.nhs.uk","Career planning;Exams and assessments"\n',
    });
    const tables = await readTablesFromPath(folder);
    expect(tables['mentor-application']?.rows).toEqual([
      ['2026/03/01 9:15:02 PM GMT+1', 'Cy@Trust.nhs.uk', 'Career planning;Exams and assessments'],
    ]);
    const { records } = readProgramme(tables);
    const mentor = records.mentorApplications[0];
    expect(mentor.email).toBe('cy@trust.nhs.uk');
    expect(mentor.timestamp).toBe(Date.UTC(2026, 2, 1, 21, 15, 2));
    expect(mentor.supportAreas).toEqual(['Career planning', 'Exams and assessments']);
  });

  it('keeps a formula-looking answer as text', async () => {
    const folder = await csvFolder({
      'mentee-feedback.csv':
        'Email address,What worked well?\nann@nhs.net,"=HYPERLINK(""http://x"",""y"")"\n',
    });
    const tables = await readTablesFromPath(folder);
    expect(tables['mentee-feedback']?.rows[0][1]).toBe('=HYPERLINK("http://x","y")');
  });

  it('leaves missing sheets out, ignores other files, and drops trailing blank rows', async () => {
    const folder = await csvFolder({
      'pairs.csv': 'Pair ID,Mentee email\nP1,ann@nhs.net\n,\n,\n',
      'notes.txt': 'not a sheet',
      'other.csv': 'a,b\n1,2\n',
    });
    const tables = await readTablesFromPath(folder);
    expect(Object.keys(tables)).toEqual(['pairs']);
    expect(tables.pairs?.rows).toEqual([['P1', 'ann@nhs.net']]);
  });

  it("accepts Google Sheets' download names, preferring a file named exactly after the sheet", async () => {
    const folder = await csvFolder({
      'Dyad programme - check-in.csv': 'Email address\nfrom-download@nhs.net\n',
      'Dyad programme - pairs.csv': 'Pair ID\nfrom-download\n',
      'pairs.csv': 'Pair ID\nexact\n',
      'Dyad programme - notes.csv': 'a\n1\n',
    });
    const tables = await readTablesFromPath(folder);
    expect(Object.keys(tables).sort()).toEqual(['check-in', 'pairs']);
    expect(tables['check-in']?.rows).toEqual([['from-download@nhs.net']]);
    expect(tables.pairs?.rows).toEqual([['exact']]);
  });

  it('reads an empty file as a sheet with no rows', async () => {
    const folder = await csvFolder({ 'check-in.csv': '' });
    const tables = await readTablesFromPath(folder);
    expect(tables['check-in']?.rows).toEqual([]);
    expect(readProgramme(tables).records.checkIns).toEqual([]);
  });

  it('reads an empty folder as no sheets at all', async () => {
    const folder = await csvFolder({});
    expect(await readTablesFromPath(folder)).toEqual({});
  });
});

describe('an .xlsx workbook', () => {
  async function workbookFile(build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    build(workbook);
    const file = join(dir, 'programme.xlsx');
    await workbook.xlsx.writeFile(file);
    return file;
  }

  it('keeps dates as dates, numbers, booleans, and gives the text or result of rich, link and formula cells', async () => {
    const when = new Date(Date.UTC(2026, 2, 1, 9, 15, 2));
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Pairs');
      sheet.addRow(['Pair ID', 'Match score', 'Confirmed by lead', 'Rationale', 'Withdrawal date']);
      sheet.addRow(['P1', 8.5, true, '=HYPERLINK("http://x","y")', when]);
      sheet.addRow([
        { richText: [{ text: 'P' }, { text: '2', font: { bold: true } }] },
        { formula: '4+4', result: 8 },
        false,
        { text: 'see notes', hyperlink: 'https://example.org' },
        null,
      ]);
      sheet.addRow([]);
      workbook.addWorksheet('Scratch').addRow(['ignored']);
    });
    const tables = await readTablesFromPath(file);
    expect(Object.keys(tables)).toEqual(['pairs']);
    const rows = tables.pairs?.rows ?? [];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(['P1', 8.5, true, '=HYPERLINK("http://x","y")', when]);
    expect(rows[0][4]).toBeInstanceOf(Date);
    expect(rows[1].slice(0, 4)).toEqual(['P2', 8, false, 'see notes']);
  });

  it('reads a workbook through to records', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('programme');
      sheet.addRow(['Setting', 'Value']);
      sheet.addRow(['Target pairs', 12]);
      sheet.addRow(['Pilot start date', new Date(Date.UTC(2026, 0, 5))]);
    });
    const { records, issues } = readProgramme(await readTablesFromPath(file));
    expect(records.programme.targetPairs).toBe(12);
    expect(records.programme.pilotStart).toBe('2026-01-05');
    expect(issues).toEqual([]);
  });

  it('rejects a file that is not a workbook with a one-line message', async () => {
    const file = join(dir, 'broken.xlsx');
    await writeFile(file, 'this is not a zip file\nat all');
    await expect(readTablesFromPath(file)).rejects.toThrow(/^Cannot read .*broken\.xlsx[^\n]*$/);
  });
});

describe('a path that cannot be read', () => {
  it('rejects a nonexistent path with a one-line message', async () => {
    const missing = join(dir, 'nowhere');
    await expect(readTablesFromPath(missing)).rejects.toThrow(
      /^Cannot read "[^"\n]*nowhere"[^\n]*$/,
    );
  });

  it('asks for the folder when given one CSV file', async () => {
    const file = join(dir, 'pairs.csv');
    await writeFile(file, 'Pair ID\nP1\n');
    await expect(readTablesFromPath(file)).rejects.toThrow(
      /give the folder that holds the CSV files/,
    );
  });

  it('rejects a file of another kind', async () => {
    const file = join(dir, 'responses.pdf');
    await writeFile(file, 'x');
    await expect(readTablesFromPath(file)).rejects.toThrow(
      /expected a folder of CSV files or an \.xlsx file/,
    );
  });
});
