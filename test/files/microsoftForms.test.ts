/** Microsoft Forms' "Open results in Excel" workbooks, built cell by cell as the export writes them. */
import ExcelJS from 'exceljs';
import { readExports, RECORD_EMAIL_SETTING, type InputFile } from '../../src/files';
import { readProgramme } from '../../src/core/readProgramme';
import type { Cell } from '../../src/core/records';

const BOOKKEEPING = ['ID', 'Start time', 'Completion time', 'Email', 'Name'];
const MENTOR_QUESTIONS = [
  'Full name',
  'Grade',
  'Months of NHS experience',
  'Did you obtain your primary medical qualification outside the UK?',
  'Specialty',
  'Site',
  'Which career pathways can you advise on?',
  'Which areas can you support?',
  'Preferred meeting format',
  'When are you usually available?',
  'How many mentees could you support?',
  'I consent to my answers being used to run and evaluate the programme',
];
const FEEDBACK_QUESTIONS = [
  'How satisfied are you with your mentee match?',
  'How easy was the programme administration for you?',
  'Would you be willing to mentor in the next cohort?',
  'What worked well?',
  'What could be improved?',
];

// Excel date cells: wall-clock time held in the UTC fields, as exceljs reads them back.
const started = new Date(Date.UTC(2025, 10, 3, 12, 10, 0));
const completed = new Date(Date.UTC(2025, 10, 3, 12, 22, 11));

function mentorRow(id: number, email: string, name: string | null): Cell[] {
  return [
    id,
    started,
    completed,
    email,
    name,
    'Dr Ada Samplewood',
    'Consultant',
    180,
    'Yes',
    'Anaesthetics',
    'Castle Hill Hospital',
    'Specialty training (national recruitment);Portfolio Pathway (specialist registration);',
    'Career planning;Exams and assessments;',
    'Either',
    'Weekday evenings;',
    2,
    'Yes',
  ];
}

async function workbook(name: string, sheets: Record<string, Cell[][]>): Promise<InputFile> {
  const book = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(sheetName);
    for (const row of rows) sheet.addRow(row);
    sheet.getColumn(2).numFmt = 'm/d/yy h:mm:ss';
    sheet.getColumn(3).numFmt = 'm/d/yy h:mm:ss';
  }
  return { name, bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

describe('a Microsoft Forms export', () => {
  it('becomes a response sheet: Completion time as Timestamp, Email as Email address, choices split on ";"', async () => {
    const file = await workbook('Offer to mentor(1-1).xlsx', {
      Sheet1: [
        [...BOOKKEEPING, ...MENTOR_QUESTIONS],
        mentorRow(1, 'Ada@NHS.example.org', 'Ada Samplewood'),
      ],
    });
    const read = await readExports([file]);
    expect(read.issues).toEqual([]);
    const table = read.tables['mentor-application'];
    expect(table?.header).toEqual(['Timestamp', 'Email address', ...MENTOR_QUESTIONS]);
    expect(table?.rows[0].slice(0, 2)).toEqual([completed, 'Ada@NHS.example.org']);
    expect(table?.rows[0][9]).toBe('Career planning, Exams and assessments');
    expect(read.sources[0]).toMatchObject({
      format: 'microsoft-forms',
      sheet: 'mentor-application',
      used: true,
    });

    const mentor = readProgramme(read.tables).records.mentorApplications[0];
    expect(mentor.email).toBe('ada@nhs.example.org');
    expect(mentor.timestamp).toBe(Date.UTC(2025, 10, 3, 12, 22, 11));
    expect(mentor.pathways).toEqual([
      'Specialty training (national recruitment)',
      'Portfolio Pathway (specialist registration)',
    ]);
    expect(mentor.supportAreas).toEqual(['Career planning', 'Exams and assessments']);
    expect(mentor.availability).toEqual(['Weekday evenings']);
    expect(mentor.capacity).toBe(2);
  });

  it('reads the same answers with or without a "Last modified time" column', async () => {
    const without = await workbook('a.xlsx', {
      Sheet1: [[...BOOKKEEPING, ...MENTOR_QUESTIONS], mentorRow(1, 'ada@nhs.example.org', 'Ada')],
    });
    const row = mentorRow(1, 'ada@nhs.example.org', 'Ada');
    const withModified = await workbook('b.xlsx', {
      Sheet1: [
        [...BOOKKEEPING, 'Last modified time', ...MENTOR_QUESTIONS],
        [...row.slice(0, 5), new Date(Date.UTC(2025, 10, 4, 9, 0, 0)), ...row.slice(5)],
      ],
    });
    const a = await readExports([without]);
    const b = await readExports([withModified]);
    expect(b.tables['mentor-application']).toEqual(a.tables['mentor-application']);
    expect(b.issues).toEqual([]);
  });

  it('refuses responses whose email was not recorded, naming the setting, one issue per row', async () => {
    const file = await workbook('Feedback (mentors).xlsx', {
      Sheet1: [
        [...BOOKKEEPING, ...FEEDBACK_QUESTIONS],
        [1, started, completed, 'anonymous', null, 8, 9, 'Yes', null, null],
        [2, started, completed, 'cy@nhs.example.org', 'Cy', 7, 7, 'No', null, null],
        [3, started, completed, null, null, 6, 5, 'Maybe', null, null],
      ],
    });
    const read = await readExports([file]);
    expect(read.tables['mentor-feedback']?.rows).toEqual([
      [],
      [completed, 'cy@nhs.example.org', 7, 7, 'No', null, null],
    ]);
    expect(read.issues).toEqual([
      {
        sheet: 'mentor-feedback',
        row: 0,
        problem: `sheet "Sheet1" of "Feedback (mentors).xlsx": 2 of the 3 responses of the mentor end-of-pilot feedback form have no recorded email, so they were not read (Dyad never guesses who answered). ${RECORD_EMAIL_SETTING}; then ask for those answers again`,
      },
      {
        sheet: 'mentor-feedback',
        row: 2,
        problem:
          'response not read: the form did not record who answered (email empty or "anonymous")',
      },
      {
        sheet: 'mentor-feedback',
        row: 4,
        problem:
          'response not read: the form did not record who answered (email empty or "anonymous")',
      },
    ]);
    expect(RECORD_EMAIL_SETTING).toContain('"Only people in my organization can respond"');
    expect(RECORD_EMAIL_SETTING).toContain('"Record name"');
    // The refused rows never reach the records, not even as a person without an email.
    expect(readProgramme(read.tables).records.mentorFeedback.map((f) => f.email)).toEqual([
      'cy@nhs.example.org',
    ]);
  });

  it('says when no response of a form has an email', async () => {
    const file = await workbook('Feedback.xlsx', {
      Sheet1: [
        [...BOOKKEEPING, ...FEEDBACK_QUESTIONS],
        [1, started, completed, 'anonymous', 'anonymous', 8, 9, 'Yes', null, null],
      ],
    });
    const read = await readExports([file]);
    expect(read.issues[0].problem).toMatch(
      /: none of the 1 response of the mentor end-of-pilot feedback form has a recorded email, so it was not read/,
    );
    expect(read.issues).toHaveLength(2);
  });

  it('reads one workbook holding several forms, each sheet recognised by its questions', async () => {
    const file = await workbook('responses.xlsx', {
      Form1: [[...BOOKKEEPING, ...MENTOR_QUESTIONS], mentorRow(1, 'ada@nhs.example.org', 'Ada')],
      Form2: [
        [...BOOKKEEPING, ...FEEDBACK_QUESTIONS],
        [1, started, completed, 'ada@nhs.example.org', 'Ada', 8, 9, 'Yes;', 'Support', null],
      ],
      Notes: [['Remember to export again in July']],
    });
    const read = await readExports([file]);
    expect(Object.keys(read.tables).sort()).toEqual(['mentor-application', 'mentor-feedback']);
    // A single-choice answer with a stray ";" is still its option.
    expect(readProgramme(read.tables).records.mentorFeedback[0].willing).toBe('Yes');
    expect(read.issues.map((i) => [i.sheet, i.problem.slice(0, 46)])).toEqual([
      ['responses.xlsx', 'sheet "Notes" of "responses.xlsx" was not reco'],
    ]);
  });
});
