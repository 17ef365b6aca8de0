import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { isIsoDate, parseArgs, UsageError } from '../../src/local/args';
import {
  formatChange,
  formatLongDate,
  formatObserved,
  formatPValue,
  formatTarget,
  thresholdStatusText,
} from '../../src/local/display';
import { buildSummaryWorkbook } from '../../src/local/summaryXlsx';
import {
  formatEvaluationReport,
  formatImportIssues,
  formatMatchReport,
} from '../../src/local/terminalReport';
import { matchesJson, writeMatches } from '../../src/local/writeMatches';
import { summaryJson } from '../../src/local/writeSummaryJson';
import {
  FIXTURE_EMAILS,
  makeEvaluation,
  makeMatchResult,
  makeSummary,
  makeThreshold,
} from './fixtures';

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

describe('parseArgs', () => {
  const today = (): string => '2026-05-01';

  it('reads both option spellings, in any order', () => {
    expect(parseArgs(['evaluate', 'in', '--as-of=2026-08-02', '--out=o'], today)).toEqual({
      kind: 'evaluate',
      input: 'in',
      out: 'o',
      asOf: '2026-08-02',
      asOfIsToday: false,
    });
    expect(parseArgs(['--out', 'o', 'match', 'in'], today)).toEqual({
      kind: 'match',
      input: 'in',
      out: 'o',
    });
  });

  it('takes today for a missing --as-of, and says so', () => {
    expect(parseArgs(['evaluate', 'in', '--out', 'o'], today)).toEqual(
      expect.objectContaining({ asOf: '2026-05-01', asOfIsToday: true }),
    );
  });

  it('refuses an option given twice', () => {
    expect(() => parseArgs(['match', 'in', '--out', 'a', '--out', 'b'], today)).toThrow(UsageError);
  });

  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    [' 2026-01-01', false],
  ])('isIsoDate(%j) is %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe('display', () => {
  it('writes signed changes with a true minus sign and no negative zero', () => {
    expect(formatChange(1.234)).toBe('+1.23');
    expect(formatChange(-0.5)).toBe('−0.50');
    expect(formatChange(-0.001)).toBe('0.00');
    expect(formatChange(null)).toBe('–');
  });

  it('writes small p-values as <0.001', () => {
    expect(formatPValue(0.0004)).toBe('<0.001');
    expect(formatPValue(0.04567)).toBe('0.046');
  });

  it('writes each threshold in its own unit, with its direction', () => {
    expect(formatObserved(makeThreshold('C1', 'met', { observed: 7 / 9 }))).toBe('78%');
    expect(formatTarget(makeThreshold('C1'))).toBe('≥ 70%');
    expect(formatTarget(makeThreshold('C4'))).toBe('≤ 0');
    expect(formatObserved(makeThreshold('F3', 'not_met', { observed: 1 }))).toBe('Yes');
    expect(formatObserved(makeThreshold('I2', 'pending', { observed: null }))).toBe('–');
  });

  it('adds what the data so far give to a pending status', () => {
    expect(thresholdStatusText({ status: 'pending', statusSoFar: 'not_met' })).toBe(
      'Pending (so far: not met)',
    );
    expect(thresholdStatusText({ status: 'met', statusSoFar: 'met' })).toBe('Met');
    expect(thresholdStatusText({ status: 'pending' })).toBe('Pending');
  });

  it('writes dates the UK way, and leaves anything else as it is', () => {
    expect(formatLongDate('2026-08-02')).toBe('2 August 2026');
    expect(formatLongDate('2026-13-02')).toBe('2026-13-02');
    expect(formatLongDate('soon')).toBe('soon');
  });
});

describe('summary.json', () => {
  it('holds the evaluation by pair ID only: no email of any person', () => {
    const json = JSON.stringify(summaryJson(makeEvaluation({ importIssues: [] })));
    for (const email of FIXTURE_EMAILS) expect(json).not.toContain(email);
    expect(json).not.toContain('lead@nhs.net');
    expect(json).not.toMatch(EMAIL);
    expect(json).toContain('"pairId":"P01"');
  });

  it('keeps the numbers unrounded and every import issue', () => {
    const evaluation = makeEvaluation();
    const json = summaryJson(evaluation);
    expect(json.outcomes[0].wilcoxonP).toBe(evaluation.outcomes[0].wilcoxonP);
    expect(json.thresholds.find((t) => t.id === 'I1')?.observed).toBe(1.4545454545);
    expect(json.importIssues).toEqual(evaluation.importIssues);
    expect(json.completion.pairs.map((p) => p.pairId)).toEqual(['P01', 'P02']);
  });
});

describe('matches.json', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-matches-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the fields of protocol section 11 and the import issues', async () => {
    const issues = [
      { sheet: 'pairs', row: 3, problem: 'Confirmed by lead: "maybe" is not TRUE or FALSE' },
    ];
    const path = await writeMatches(makeMatchResult(), issues, dir);
    const written = JSON.parse(readFileSync(path, 'utf8'));
    expect(written).toEqual(matchesJson(makeMatchResult(), issues));
    expect(Object.keys(written)).toEqual([
      'totalScore',
      'proposals',
      'unmatched',
      'ineligible',
      'importIssues',
    ]);
    expect(written.proposals[0]).toEqual(
      expect.objectContaining({
        mentee: FIXTURE_EMAILS[0],
        mentor: FIXTURE_EMAILS[1],
        score: 9,
        alternatives: [{ mentor: FIXTURE_EMAILS[3], score: 7 }],
      }),
    );
    expect(written.ineligible).toEqual([
      { email: 'fy2@nhs.net', role: 'mentor', reason: 'Foundation grade cannot mentor' },
    ]);
  });
});

describe('terminal report', () => {
  it('shows at most five import issues and points to the file for all', () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({
      sheet: 'check-in',
      row: i + 2,
      problem: `problem ${i}`,
    }));
    const lines = formatImportIssues(issues, 'out/summary.json');
    expect(lines[0]).toBe('Import issues: 7 (first 5 below; see out/summary.json for all)');
    expect(lines).toHaveLength(6);
    expect(formatImportIssues([], 'x')).toEqual(['Import issues: none']);
  });

  it('shows each proposal as mentee → mentor with points out of 11 and per cent', () => {
    const text = formatMatchReport(makeMatchResult(), [], 'out/matches.json');
    expect(text).toMatch(
      /mentee\.one@example\.org\s+→\s+mentor\.one@nhs\.net\s+9\/11\s+82%\s+confirmed/,
    );
    expect(text).toMatch(
      /mentee\.two@example\.org\s+→\s+mentor\.two@nhs\.net\s+8\.5\/11\s+77%\s+proposed/,
    );
    expect(text).toContain('Unmatched mentees: 1');
    expect(text).toContain('Ineligible applicants: 1');
  });

  it('shows a provisional decision as PROVISIONAL with the scenario so far', () => {
    const text = formatEvaluationReport(
      makeEvaluation({ provisional: true, scenario: 3, recommendation: 'Run revised Cohort 1b' }),
      'o/summary.json',
      ['o/summary.json'],
    );
    expect(text).toContain(
      'PROVISIONAL: the data so far point to scenario 3: Run revised Cohort 1b',
    );
  });
});

describe('summary.xlsx', () => {
  async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    return read;
  }

  it('colours each threshold status and writes it in words', async () => {
    const summary = makeSummary({
      thresholds: [
        makeThreshold('C1', 'met'),
        makeThreshold('C3', 'not_met'),
        makeThreshold('I1', 'pending'),
        makeThreshold('I2', 'insufficient_data'),
      ],
    });
    const sheet = (await roundTrip(await buildSummaryWorkbook(summary))).getWorksheet('Thresholds');
    const fills = [2, 3, 4, 5].map((r) => {
      const cell = sheet?.getRow(r).getCell(4);
      const fill = cell?.fill;
      return [cell?.text, fill && 'fgColor' in fill ? fill.fgColor?.argb : undefined];
    });
    expect(fills.map((f) => f[0])).toEqual([
      '✓ Met',
      '✗ Not met',
      '… Pending',
      '? Insufficient data',
    ]);
    expect(new Set(fills.map((f) => f[1])).size).toBe(4);
  });

  it('keeps observed values as numbers with a display format', async () => {
    const sheet = (await roundTrip(await buildSummaryWorkbook(makeSummary()))).getWorksheet(
      'Thresholds',
    );
    const c1 = sheet?.getRow(2).getCell(5);
    expect(c1?.value).toBe(0.8);
    expect(c1?.numFmt).toBe('0%');
  });

  it('says PROVISIONAL on the Decision sheet when the decision is provisional', async () => {
    const workbook = await roundTrip(
      await buildSummaryWorkbook(makeSummary({ provisional: true })),
    );
    const decision = workbook.getWorksheet('Decision');
    expect(decision?.getRow(3).getCell(2).text).toBe('PROVISIONAL');
  });

  it('holds no email in any cell, the lock and deviations by role', async () => {
    const workbook = await roundTrip(await buildSummaryWorkbook(makeSummary()));
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))),
    );
    expect(texts.filter((t) => EMAIL.test(t))).toEqual([]);
    expect(texts).toContain('Programme Lead');
    expect(texts).toContain('Target pairs 10 → 12');
  });
});
