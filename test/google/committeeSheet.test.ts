/**
 * The committee spreadsheet through the BUILT bundle when only two mentees and one mentor answer
 * their feedback: every figure taken over fewer than 3 people is replaced by words saying so,
 * with its status and n; no cell reads "null", and no withheld figure is left blank as if zero.
 */
import {
  CHECK_IN,
  DOMAINS,
  MENTEE_FEEDBACK,
  MENTOR_FEEDBACK,
  MEETING_OPTIONS,
} from '../../src/core/instruments';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { evaluateProgramme } from '../../src/core/evaluate';
import { SHEET_NAMES, type SheetName } from '../../src/core/instruments';
import { readProgramme } from '../../src/core/readProgramme';
import type { Cell, RawTables } from '../../src/core/records';
import { formSpecs } from '../../src/google/setup/formSpecs';
import type { FakeSheet, FakeSpreadsheet } from './fakes';
import { AppsScriptRig } from './fakes/rig';
import { ensureBuilt, DIST } from './support/build';
import {
  domainAnswers,
  mentorApplication,
  menteeApplication,
  type Answers,
} from './support/people';

const LEAD = 'lead@nhs.example';
const TUTOR = 'tutor@nhs.example';
const NOT_SHOWN = 'fewer than 3 — not shown';
const SPECS = formSpecs(DEFAULT_CONFIG);
const title = (key: string) => SPECS.find((s) => s.key === key)?.title as string;
const MENTEES = ['a', 'b', 'c'].map((x) => ({
  email: `mentee.${x}@nhs.example`,
  name: `Quinn ${x.toUpperCase()}menteeson`,
}));
const MENTORS = ['a', 'b', 'c'].map((x) => ({
  email: `mentor.${x}@nhs.example`,
  name: `Robin ${x.toUpperCase()}mentorson`,
}));

let rig: AppsScriptRig;
let summary: FakeSpreadsheet;

function submit(formKey: string, email: string, answers: Answers): void {
  rig.submit(title(formKey), email, answers);
}

function leadTypes(setting: string, value: string): void {
  const programme = rig.fakes.spreadsheet.sheets.find((s) => s.name === 'programme') as FakeSheet;
  const values = programme._allValues();
  const index = values.findIndex((row) => row[0] === setting);
  rig.typeAs(LEAD, () =>
    programme
      .getRange(index >= 0 ? index + 1 : values.length + 1, 1, 1, 2)
      .setValues([[setting, value]]),
  );
}

function grid(name: string): string[][] {
  const found = summary.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found._allValues().map((row) => row.map(String));
}

function rowOf(name: string, first: string, column = 0): string[] {
  const found = grid(name).find((row) => row[column] === first);
  if (!found) throw new Error(`no row ${first} in ${name}`);
  return found;
}

beforeAll(() => {
  ensureBuilt();
  rig = new AppsScriptRig(DIST, {
    user: LEAD,
    now: new Date('2025-08-20T09:00:00Z'),
    mailQuota: 100,
  });
  rig.call('setUpProgramme');
  leadTypes('IMG tutor', TUTOR);
  leadTypes('Pilot start date', '01/09/2025');
  leadTypes('Pilot end date', '28/02/2026');
  leadTypes('Target pairs', '3');
  rig.fakes.env.now = new Date('2025-08-25T10:00:00Z');
  MENTEES.forEach((m) => submit('menteeApplication', m.email, menteeApplication(m.name)));
  MENTORS.forEach((m) => submit('mentorApplication', m.email, mentorApplication(m.name)));
  rig.call('importResponses');
  rig.call('proposeMatchesForReview');
  const review = rig.call<{ proposals: { key: string }[] }>('getReviewData');
  for (const p of review.proposals) rig.call('confirmProposal', p.key, 'Shared specialty');
  rig.as(TUTOR, () => {
    const view = rig.call<{ proposals: { key: string }[] }>('getReviewData');
    for (const p of view.proposals) rig.call('confirmProposal', p.key, 'Agreed');
  });
  rig.call('getReviewData');
  rig.fakes.env.now = new Date('2026-03-02T09:00:00Z');
  // Two mentees report meetings 1 and 3 (safety 6 → 9: a mean change of 3 over 2 people).
  for (const m of MENTEES.slice(0, 2))
    for (const [meeting, score] of [
      [MEETING_OPTIONS[0], 6],
      [MEETING_OPTIONS[2], 9],
    ] as const) {
      rig.fakes.env.now = new Date(`2026-03-02T09:0${score}:00Z`);
      submit('checkIn', m.email, {
        [CHECK_IN.meeting]: meeting,
        [CHECK_IN.date]: meeting === MEETING_OPTIONS[0] ? '2025-10-01' : '2026-02-20',
        [CHECK_IN.format]: 'In person',
        [CHECK_IN.goal1]: score,
        [CHECK_IN.safety]: score,
        [CHECK_IN.concern]: 'No',
      });
    }
  // Baseline 4 in every domain, 7 at the end: means 4 and 7, change 3, over 2 mentees only.
  for (const m of MENTEES.slice(0, 2))
    submit('menteeFeedback', m.email, {
      ...domainAnswers(() => 7),
      [MENTEE_FEEDBACK.usefulness]: 8,
      [MENTEE_FEEDBACK.matchSatisfaction]: 9,
      [MENTEE_FEEDBACK.recommend]: 9,
    });
  submit('mentorFeedback', MENTORS[0].email, {
    [MENTOR_FEEDBACK.matchSatisfaction]: 8,
    [MENTOR_FEEDBACK.adminEase]: 7,
    [MENTOR_FEEDBACK.willing]: 'Yes',
  });
  rig.call('importResponses');
  rig.call('updateCommitteeSummary');
  expect(rig.fakes.sheets.ui.alerts).toEqual([]);
  const made = [...rig.fakes.sheets.spreadsheets.values()].filter((s) =>
    s.name.startsWith('Dyad committee summary'),
  );
  expect(made).toHaveLength(1);
  summary = made[0];
}, 120000);

describe('the committee spreadsheet with fewer than 3 people behind a figure', () => {
  test('no cell of any sheet reads null or undefined, or lists null counts', () => {
    const cells = summary.sheets.flatMap((s) => s._allValues().flat().map(String));
    expect(cells.filter((c) => /null|undefined|NaN/.test(c))).toEqual([]);
  });

  test('each domain outcome over 2 mentees shows the words in every statistic, with its n', () => {
    const [header, ...body] = grid('Outcomes');
    const domains = body.filter((row) => row[header.indexOf('n')] === '2');
    expect(domains).toHaveLength(DOMAINS.length);
    const statistics = header.filter(
      (h) => !['Domain', 'Group', 'Kirkpatrick level', 'n'].includes(h),
    );
    for (const row of domains)
      for (const h of statistics) expect([h, row[header.indexOf(h)]]).toEqual([h, NOT_SHOWN]);
    const overall = rowOf('Outcomes', 'Mean of the domain changes (I1)');
    expect(overall[header.indexOf('Mean change')]).toBe(NOT_SHOWN);
  });

  test('thresholds over fewer than 3 people show the words with their status and n', () => {
    const [header, ...body] = grid('Thresholds');
    const i1 = body.find((row) => row[0] === 'I1') as string[];
    expect(i1[header.indexOf('Observed')]).toBe(NOT_SHOWN);
    expect(i1[header.indexOf('n')]).toBe('2');
    expect(i1[header.indexOf('Status')]).not.toBe('');
    expect(i1[header.indexOf('Finding')]).toContain(NOT_SHOWN);
    const few = body.filter((row) => Number(row[header.indexOf('n')]) < 3 && row[0] !== 'C4');
    expect(few.map((row) => row[0])).toEqual(['I1', 'I2', 'I4', 'F3', 'F4']);
    for (const row of few.filter((r) => r[0] !== 'F3'))
      expect([row[0], row[header.indexOf('Observed')]]).toEqual([row[0], NOT_SHOWN]);
    // F3 is the Lead's mid-pilot review answer, not yet recorded: said so, not left blank.
    const f3 = body.find((row) => row[0] === 'F3') as string[];
    expect([f3[header.indexOf('Status')], f3[header.indexOf('Observed')]]).toEqual([
      'Pending',
      'No data yet',
    ]);
  });

  test('adoption over 1 mentor shows the words, never "null / null / null"; its count stays', () => {
    expect(rowOf('RE-AIM', 'Mentors answering feedback', 1)[2]).toBe('1');
    expect(rowOf('RE-AIM', 'Willing to mentor again: Yes / Maybe / No', 1)[2]).toBe(NOT_SHOWN);
    expect(rowOf('RE-AIM', 'Share willing to continue', 1)[2]).toBe(NOT_SHOWN);
  });

  test('Level 3 means over 2 mentees show the words, with n = 2', () => {
    const safety = 'Psychological safety, meeting 1 → 3 (mean change)';
    expect(rowOf('Decision', safety)[1]).toBe(NOT_SHOWN);
    expect(rowOf('Decision', 'Psychological safety: people with both meetings (n)')[1]).toBe('2');
    expect(rowOf('Decision', 'Goal progress, meeting 1 → 3 (mean change)')[1]).toBe(NOT_SHOWN);
  });
});

describe('the committee spreadsheet explains itself and says what made it', () => {
  const forbidden = [...MENTEES, ...MENTORS].flatMap((p) => [p.email, p.name]);

  test('it holds the four figures sheets, "How to read this" and "Reproducibility", free of names and emails', () => {
    expect(summary.sheets.map((s) => s.name)).toEqual([
      'Decision',
      'Thresholds',
      'Outcomes',
      'RE-AIM',
      'How to read this',
      'Reproducibility',
    ]);
    const cells = summary.sheets.flatMap((s) => s._allValues().flat().map(String));
    for (const text of [...forbidden, LEAD, TUTOR, '@'])
      expect(cells.filter((c) => c.includes(text))).toEqual([]);
  });

  test('"How to read this" lists the four scenarios with the one reached marked, and the statistics in words', () => {
    const rows = grid('How to read this');
    const scenarios = rows.filter((row) => /^Scenario \d/.test(row[0]));
    expect(scenarios).toHaveLength(4);
    // Feedback may still come in after the last day, so the summary is still provisional.
    expect(rowOf('Decision', 'Status')[1]).toMatch(/^PROVISIONAL/);
    const reached = scenarios.filter((row) => row[0].includes(': Reached'));
    const decision = rowOf('Decision', 'Scenario')[1];
    expect(reached.map((row) => row[0])).toEqual([
      `Scenario ${decision}: Reached so far (provisional)`,
    ]);
    expect(rows.some((row) => row[0] === 'Holm p')).toBe(true);
    expect(rows.some((row) => row[0] === 'Trust connection')).toBe(true);
  });

  test('"Reproducibility" gives the version, the as-of date, the time, how to make it again and each input sheet with its rows and SHA-256', () => {
    expect(rowOf('Reproducibility', 'Dyad version')[1]).toBe('0.1.0');
    expect(rowOf('Reproducibility', 'As of')[1]).toBe('2026-03-02');
    expect(rowOf('Reproducibility', 'Generated at (UTC)')[1]).toMatch(/^2026-03-02T09:0\d:00/);
    expect(rowOf('Reproducibility', 'How to make it again')[1]).toContain(
      'npm run dyad -- evaluate exported-sheets --as-of 2026-03-02 --out summary',
    );
    expect(rowOf('Reproducibility', 'Configuration lock')[1]).toBe('Not locked');
    expect(rowOf('Reproducibility', 'Configuration SHA-256')[1]).toMatch(/^[0-9a-f]{64}$/);
    const rows = (sheetName: string) => rowOf('Reproducibility', sheetName);
    expect(rows('mentee-feedback')[1]).toBe('2');
    expect(rows('mentor-feedback')[1]).toBe('1');
    expect(rows('pairs')[1]).toBe('3');
    expect(rows('check-in')[1]).toBe('4');
    expect(rows('mentee-application')[2]).toMatch(/^[0-9a-f]{64}$/);
  });

  test('while the pilot runs, the domains, thresholds and scenario read "so far"', () => {
    rig.fakes.env.now = new Date('2026-01-15T09:00:00Z');
    rig.call('updateCommitteeSummary');
    expect(rowOf('Decision', 'Status')[1]).toMatch(/^PROVISIONAL/);
    expect(rowOf('Decision', 'Completion')[1]).toMatch(
      /^Pending \(so far (met|partly met|not met)\)$/,
    );
    expect(rowOf('Decision', 'The provisional scenario rests on')[1]).not.toBe('');
    const scenarios = grid('How to read this').filter((row) => /^Scenario \d/.test(row[0]));
    expect(scenarios.filter((row) => row[0].endsWith('Reached so far (provisional)'))).toHaveLength(
      1,
    );
    const [header, ...body] = grid('Thresholds');
    const pending = body.filter((row) => row[header.indexOf('Status')] === 'Pending');
    expect(pending.length).toBeGreaterThan(0);
    for (const row of pending) expect(row[header.indexOf('So far')]).not.toBe('');
    expect(rowOf('Reproducibility', 'As of')[1]).toBe('2026-01-15');
  });
});

describe('import issues: every one the evaluation finds, the Leads-only ones kept from the Tutor', () => {
  const STRAY = 'not.in.a.pair@nhs.example';

  function issues(ss: FakeSpreadsheet): string[][] {
    const found = ss.sheets.find((s) => s.name === 'import-issues');
    if (!found) throw new Error(`no import-issues in ${ss.name}`);
    return found._allValues().map((row) => row.map(String));
  }

  function privateSpreadsheet(): FakeSpreadsheet {
    const id = rig.fakes.properties.document.getProperty('dyad.privateSpreadsheetId');
    const found = id === null ? undefined : rig.fakes.sheets.spreadsheets.get(id);
    if (!found) throw new Error('no private spreadsheet');
    return found;
  }

  /** A cell as a CSV download writes it: a date cell as the UK day it shows in London. */
  function asExported(value: unknown): Cell {
    if (!(value instanceof Date)) return String(value);
    return value.toLocaleDateString('en-GB', { timeZone: 'Europe/London' });
  }

  beforeAll(() => {
    rig.fakes.env.now = new Date('2026-03-03T10:00:00Z');
    submit('checkIn', STRAY, {
      [CHECK_IN.meeting]: MEETING_OPTIONS[0],
      [CHECK_IN.date]: '2025-10-01',
      [CHECK_IN.format]: 'In person',
      [CHECK_IN.goal1]: 5,
      [CHECK_IN.safety]: 5,
      [CHECK_IN.concern]: 'No',
    });
    submit('menteeFeedback', STRAY, {
      ...domainAnswers(() => 5),
      [MENTEE_FEEDBACK.usefulness]: 5,
      [MENTEE_FEEDBACK.matchSatisfaction]: 5,
      [MENTEE_FEEDBACK.recommend]: 5,
    });
    rig.call('importResponses');
  });

  test('the programme spreadsheet, which the Tutor can open, holds no issue about a check-in or escalation row, and says where they are', () => {
    const programme = rig.fakes.spreadsheet;
    expect(programme.editors).toContain(TUTOR);
    const [header, ...body] = issues(programme);
    expect(header[3]).toMatch(/check-in and escalations rows: in import-issues of the private/);
    expect(body.filter((row) => ['check-in', 'escalations'].includes(row[0]))).toEqual([]);
    // Header, 2 feedback rows, then the stray one on row 4: not an applicant nor in a pair.
    expect(body.filter((row) => row[0] === 'mentee-feedback')).toEqual([
      [
        'mentee-feedback',
        '4',
        'feedback from an email that is not an applicant or a pair member',
        '',
      ],
    ]);
  });

  test('the private spreadsheet, Leads only, holds the issue about the stray check-in once, and says where the rest are', () => {
    const ss = privateSpreadsheet();
    expect([...ss.editors, ...ss.viewers]).not.toContain(TUTOR);
    const [header, ...body] = issues(ss);
    expect(header[3]).toMatch(/every other sheet: in import-issues of the programme spreadsheet/);
    expect(body.every((row) => row[0] === 'check-in' || row[0] === 'escalations')).toBe(true);
    // Header, 4 check-ins of the two mentees, then the stray one on row 6.
    expect(body.filter((row) => row[1] === '6')).toEqual([
      ['check-in', '6', 'check-in from an email that is not the mentee of a confirmed pair', ''],
    ]);
    const keys = body.map((row) => row.join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('the dashboard counts the issues of both sheets, each once', () => {
    const listed =
      issues(rig.fakes.spreadsheet).length - 1 + (issues(privateSpreadsheet()).length - 1);
    const dashboard = rig.call<{ importIssues: number }>('getDashboardData');
    expect(listed).toBeGreaterThanOrEqual(2);
    expect(dashboard.importIssues).toBe(listed);
  });

  test('the Leads see, across both sheets, every issue the command line lists for the same sheets exported', () => {
    const tables: RawTables = {};
    for (const ss of [rig.fakes.spreadsheet, privateSpreadsheet()])
      for (const sheet of ss.sheets)
        if ((SHEET_NAMES as readonly string[]).includes(sheet.name)) {
          const name = sheet.name as SheetName;
          const [header, ...rows] = sheet._allValues().map((row) => row.map(asExported));
          tables[name] = { sheet: name, header: header.map(String), rows };
        }
    const read = readProgramme(tables, DEFAULT_CONFIG);
    const cli = evaluateProgramme(read.records, { asOf: '2026-03-03', importIssues: read.issues });
    const asListed = (issue: { sheet: string; row: number; problem: string }) =>
      [issue.sheet, String(issue.row), issue.problem].join('|');
    const listed = [issues(rig.fakes.spreadsheet), issues(privateSpreadsheet())].flatMap(
      ([, ...body]) => body.map((row) => row.slice(0, 3).join('|')),
    );
    expect(new Set(listed)).toEqual(new Set(cli.importIssues.map(asListed)));
  });
});
