import ExcelJS from 'exceljs';
import { readExports, type InputFile } from '../../src/files';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const csv = (name: string, text: string): InputFile => ({ name, bytes: encode(text) });

async function xlsx(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<InputFile> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return { name, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}

const MENTOR_FEEDBACK_HEADER =
  'Timestamp,Email address,How satisfied are you with your mentee match?,How easy was the programme administration for you?,Would you be willing to mentor in the next cohort?,What worked well?,What could be improved?';
const MENTEE_HEADER =
  'Timestamp,Email address,Full name,Grade,Did you obtain your primary medical qualification outside the UK?,Specialty,Site,Which career pathway are you aiming for?,What would you most like support with?,Personal goal 1';

describe('recognising files by their questions, with the name as a hint', () => {
  it.each([
    'Mentee-Application.csv',
    'Programme - mentee-application (1).csv',
    'mentee application.CSV',
    'download (3).csv',
  ])('reads %s as the mentee application', async (name) => {
    const read = await readExports([
      csv(
        name,
        `${MENTEE_HEADER}\n01/03/2026 09:00:00,ann@nhs.net,Ann,SAS doctor,Yes,Anaesthetics,Castle Hill Hospital,,,Pass PACES\n`,
      ),
    ]);
    expect(Object.keys(read.tables)).toEqual(['mentee-application']);
    expect(read.tables['mentee-application']?.rows).toHaveLength(1);
    expect(read.issues).toEqual([]);
    expect(read.sources).toEqual([
      expect.objectContaining({ file: name, sheet: 'mentee-application', used: true, rows: 1 }),
    ]);
  });

  it('reads a workbook sheet named "Mentee Application " and another named after nothing', async () => {
    const file = await xlsx('export.xlsx', (workbook) => {
      workbook
        .addWorksheet('Mentee Application ')
        .addRow(['Timestamp', 'Email address', 'Full name']);
      workbook
        .addWorksheet('Sheet7')
        .addRows([MENTOR_FEEDBACK_HEADER.split(','), [null, 'cy@nhs.net', 8, 9, 'Yes']]);
    });
    const read = await readExports([file]);
    expect(Object.keys(read.tables).sort()).toEqual(['mentee-application', 'mentor-feedback']);
    expect(read.tables['mentor-feedback']?.rows).toEqual([[null, 'cy@nhs.net', 8, 9, 'Yes']]);
    expect(read.issues).toEqual([]);
  });

  it('follows the name when the questions are few but shared with it', async () => {
    // Full name, Grade, the IMG question, Specialty and Site are asked of mentees and mentors.
    const read = await readExports([
      csv('Mentee-Application.csv', 'Timestamp,Email address,Full name,Grade,Specialty,Site\n'),
    ]);
    expect(Object.keys(read.tables)).toEqual(['mentee-application']);
    expect(read.issues).toEqual([]);
  });

  it('follows the questions over a misleading name, and says so', async () => {
    const read = await readExports([
      csv('mentee-feedback.csv', `${MENTOR_FEEDBACK_HEADER}\n,cy@nhs.net,8,9,Yes,,\n`),
    ]);
    expect(Object.keys(read.tables)).toEqual(['mentor-feedback']);
    expect(read.issues).toEqual([
      {
        sheet: 'mentee-feedback.csv',
        row: 0,
        problem:
          '"mentee-feedback.csv": its name says "mentee-feedback" but its columns are those of "mentor-feedback"; it was read as "mentor-feedback"',
      },
    ]);
  });

  it('reports a file it does not recognise, and a file that is not an export', async () => {
    const read = await readExports([
      csv('notes.csv', 'Topic,Owner\nRota,Ann\n'),
      { name: 'photo.png', bytes: new Uint8Array([137, 80, 78, 71]) },
      csv('pairs.csv', 'Pair ID,Mentee email,Mentor email\nP1,ann@nhs.net,cy@nhs.net\n'),
    ]);
    expect(Object.keys(read.tables)).toEqual(['pairs']);
    expect(read.issues.map((i) => [i.sheet, i.row])).toEqual([
      ['photo.png', 0],
      ['notes.csv', 0],
    ]);
    expect(read.issues[0].problem).toBe('not a CSV file or an .xlsx workbook; left out');
    expect(read.issues[1].problem).toMatch(
      /^"notes\.csv" was not recognised \(its columns match none of the programme’s sheets\); left out/,
    );
  });

  it('uses the newer of two exports of one form and says which and why', async () => {
    const older = `${MENTOR_FEEDBACK_HEADER}\n01/07/2026 10:00:00,cy@nhs.net,8,9,Yes,,\n`;
    const newer = `${older}14/07/2026 18:30:00,di@nhs.net,7,7,No,,\n`;
    const read = await readExports([
      csv('mentor-feedback.csv', older),
      csv('mentor-feedback (1).csv', newer),
    ]);
    expect(read.tables['mentor-feedback']?.rows).toHaveLength(2);
    expect(read.issues).toEqual([
      {
        sheet: 'mentor-feedback.csv',
        row: 0,
        problem:
          '"mentor-feedback.csv" also holds "mentor-feedback"; "mentor-feedback (1).csv" was used because its latest answer (2026-07-14 18:30) is later than the other\'s (2026-07-01 10:00), so it is the newer export, and this one was left out (keep one of the two)',
      },
    ]);
  });

  it('prefers the file with more rows when neither has timestamps, then the exact name', async () => {
    const read = await readExports([
      csv('Dyad - pairs.csv', 'Pair ID\nP1\nP2\n'),
      csv('pairs.csv', 'Pair ID\nP1\n'),
      csv('escalations.csv', 'Escalation ID\nE1\n'),
      csv('Dyad - escalations.csv', 'Escalation ID\nE2\n'),
    ]);
    expect(read.tables.pairs?.rows).toEqual([['P1'], ['P2']]);
    expect(read.tables.escalations?.rows).toEqual([['E1']]);
    expect(read.issues.map((i) => i.problem)).toEqual([
      '"pairs.csv" also holds "pairs"; "Dyad - pairs.csv" was used because it has more rows (2 against 1), and this one was left out (keep one of the two)',
      '"Dyad - escalations.csv" also holds "escalations"; "escalations.csv" was used because it is named exactly "escalations", and this one was left out (keep one of the two)',
    ]);
  });

  it('says which of two sheets differing only by case and spaces was used', async () => {
    const file = await xlsx('programme.xlsx', (workbook) => {
      workbook.addWorksheet('pairs').addRows([['Pair ID'], ['P1']]);
      workbook.addWorksheet('Pairs ').addRows([['Pair ID'], ['P1'], ['P2']]);
    });
    const read = await readExports([file]);
    expect(read.tables.pairs?.rows).toEqual([['P1'], ['P2']]);
    expect(read.issues).toEqual([
      {
        sheet: 'programme.xlsx',
        row: 0,
        problem:
          'sheet "pairs" of "programme.xlsx" also holds "pairs"; sheet "Pairs " of "programme.xlsx" was used because it has more rows (2 against 1), and this one was left out (keep one of the two)',
      },
    ]);
  });

  it('says plainly that there is nothing to read in an empty input or a folder of other files', async () => {
    expect((await readExports([])).issues).toEqual([
      { sheet: 'input', row: 0, problem: 'no files were given, so there is nothing to read' },
    ]);
    const wrong = await readExports([csv('budget.csv', 'Item,Cost\nPens,3\n')]);
    expect(wrong.tables).toEqual({});
    expect(wrong.issues.map((i) => i.sheet)).toEqual(['budget.csv', 'input']);
    expect(wrong.issues[1].problem).toMatch(/^none of the 1 file given holds a programme sheet/);
  });

  it('passes over the sheets Dyad itself writes (summary.xlsx, matches.xlsx) without an issue', async () => {
    const file = await xlsx('summary.xlsx', (workbook) => {
      for (const name of ['Decision', 'How to read this', 'Thresholds', 'Proposals', 'Unmatched']) {
        workbook.addWorksheet(name).addRows([
          ['Mentee email', 'Status'],
          ['ann@nhs.net', 'Met'],
        ]);
      }
    });
    const read = await readExports([file, csv('pairs.csv', 'Pair ID\nP1\n')]);
    expect(Object.keys(read.tables)).toEqual(['pairs']);
    expect(read.issues).toEqual([]);
    expect(read.sources.filter((s) => s.file === 'summary.xlsx').map((s) => s.used)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('reads the protocol sheets apart from the programme sheet, though both are Setting/Value', async () => {
    const file = await xlsx('programme.xlsx', (workbook) => {
      workbook.addWorksheet('Sheet1').addRows([
        ['Setting', 'Value'],
        ['Configuration (JSON)', '{}'],
        ['Locked', 'No'],
      ]);
      workbook.addWorksheet('Sheet2').addRows([
        ['Setting', 'Value'],
        ['Target pairs', 10],
        ['Pilot start date', '12/01/2026'],
      ]);
    });
    const read = await readExports([file]);
    expect(Object.keys(read.tables)).toEqual(['programme']);
    expect(read.protocolSheets.protocol?.[1]).toEqual(['Configuration (JSON)', '{}']);
  });
});

describe('one bad line, one issue', () => {
  it('reads the rest of a CSV with a broken line and names the file and line', async () => {
    const read = await readExports([
      csv(
        'check-in.csv',
        'Timestamp,Email address,Which meeting was this?,Please describe the concern\n' +
          '01/03/2026,ann@nhs.net,Meeting 1 (month 1),"Rota gaps\n' +
          '02/03/2026,bo@nhs.net,Meeting 1 (month 1),\n',
      ),
    ]);
    expect(read.tables['check-in']?.rows).toEqual([
      ['01/03/2026', 'ann@nhs.net', 'Meeting 1 (month 1)'],
      ['02/03/2026', 'bo@nhs.net', 'Meeting 1 (month 1)', null],
    ]);
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ sheet: 'check-in', row: 2 });
    expect(read.issues[0].problem).toMatch(
      /^"check-in\.csv", line 2: a quote opened in "Please describe the concern"/,
    );
  });
});

describe('what a workbook can hide', () => {
  it('reads a merged cell in its first cell only, and says so', async () => {
    const file = await xlsx('pairs.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('pairs');
      sheet.addRows([
        ['Pair ID', 'Mentee email', 'Status'],
        ['P1', 'ann@nhs.net', 'Active'],
        ['P2', 'bo@nhs.net', null],
      ]);
      sheet.mergeCells('C2:C3');
    });
    const read = await readExports([file]);
    expect(read.tables.pairs?.rows).toEqual([
      ['P1', 'ann@nhs.net', 'Active'],
      ['P2', 'bo@nhs.net', null],
    ]);
    expect(read.issues).toEqual([
      {
        sheet: 'pairs',
        row: 2,
        problem:
          'sheet "pairs" of "pairs.xlsx", cells C2:C3 are merged; the value is read from C2 only and C3 counts as blank (unmerge them so each row holds its own answers)',
      },
    ]);
  });

  it('says when a formula was saved without its result', async () => {
    const file = await xlsx('pairs.xlsx', (workbook) => {
      workbook.addWorksheet('pairs').addRows([
        ['Pair ID', 'Match score'],
        ['P1', { formula: 'SUM(X1:X9)' }],
        ['P2', { formula: '1+1', result: 2 }],
      ]);
    });
    const read = await readExports([file]);
    expect(read.tables.pairs?.rows).toEqual([
      ['P1', null],
      ['P2', 2],
    ]);
    expect(read.issues).toEqual([
      {
        sheet: 'pairs',
        row: 2,
        problem:
          'sheet "pairs" of "pairs.xlsx", cell B2 holds a formula (=SUM(X1:X9)) saved without its result; it counts as blank (open the workbook in Excel, let it calculate, and save it again)',
      },
    ]);
  });

  it('lists a workbook that will not open, and reads the other files', async () => {
    const read = await readExports([
      { name: 'broken.xlsx', bytes: encode('not a zip') },
      csv('pairs.csv', 'Pair ID\nP1\n'),
    ]);
    expect(read.unreadable).toEqual(['broken.xlsx']);
    expect(read.tables.pairs?.rows).toEqual([['P1']]);
    expect(read.issues[0].sheet).toBe('broken.xlsx');
    expect(read.issues[0].problem).toMatch(/^cannot be read as an Excel workbook: .*; left out$/);
  });
});
