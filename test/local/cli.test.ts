/**
 * The command line on the committed sample programme and on dirty or broken input: exit codes,
 * messages, the files written and their contract (protocol section 11), and that nothing
 * personal reaches the committee's files.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { FACTOR_KEYS } from '../../src/core/config';
import * as evaluateModule from '../../src/core/evaluate';
import { canonicalJson, configFromJson } from '../../src/core/protocolConfig';
import { main } from '../../src/local/cli';

jest.setTimeout(60_000);

const SAMPLE = resolve(__dirname, '../../examples/sample-programme');
const SAMPLE_XLSX = resolve(__dirname, '../../examples/sample-programme.xlsx');
const AFTER_END = '2026-08-02';
const BEFORE_END = '2026-04-20';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function dyad(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const outDir = (name: string): string => join(work, name);
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

function expectOneLineError(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.out).toBe('');
  expect(run.err).toMatch(/^dyad: [^\n]+\n$/);
  expect(run.err).toMatch(pattern);
  expect(run.err).not.toMatch(/\s+at\s+\S+\s+\(/);
}

/** The sample's input sheets, as the CSV files hold them. */
function inputSheet(name: string): Record<string, string>[] {
  const text = readFileSync(join(SAMPLE, `${name}.csv`), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true });
}

const FREE_TEXT_COLUMNS: Record<string, string[]> = {
  'mentee-application': ['Personal goal 1', 'Personal goal 2', 'Personal goal 3'],
  'check-in': [
    'Please describe the concern',
    'Anything about your wellbeing you would like the programme lead to know?',
  ],
  'mentee-feedback': ['What worked well?', 'What could be improved?'],
  'mentor-feedback': ['What worked well?', 'What could be improved?'],
  pairs: ['Rationale', 'Withdrawal reason'],
  escalations: ['Action taken', 'Trust channel'],
};

/** Every email, name and free-text answer in the sample: none may reach a committee file. */
function personalStrings(): string[] {
  const found = new Set<string>();
  for (const file of readdirSync(SAMPLE)) {
    const sheet = file.replace(/\.csv$/, '');
    for (const row of inputSheet(sheet)) {
      for (const value of Object.values(row)) {
        for (const email of value.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []) found.add(email);
      }
      const name = row['Full name'];
      if (name) {
        found.add(name);
        found.add(name.split(' ').slice(-1)[0]);
      }
      for (const column of FREE_TEXT_COLUMNS[sheet] ?? []) if (row[column]) found.add(row[column]);
    }
  }
  return [...found].filter((s) => s.trim().length >= 5);
}

async function workbookTexts(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const texts: string[] = [workbook.title, workbook.creator ?? ''];
  workbook.eachSheet((sheet) => {
    texts.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
  });
  return texts;
}

describe('arguments and exit codes', () => {
  it('prints the usage on --help and -h, and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await dyad(flag);
      expect(run.code).toBe(0);
      expect(run.out).toContain('dyad match <folder|file.xlsx> --out <dir>');
      expect(run.out).toContain('dyad evaluate <folder|file.xlsx>');
      expect(run.err).toBe('');
    }
  });

  it('prints the usage on stderr and exits 2 with no arguments', async () => {
    const run = await dyad();
    expect(run.code).toBe(2);
    expect(run.err).toContain('Usage:');
    expect(run.out).toBe('');
  });

  it('answers a missing input path with one line and exit code 2', async () => {
    const missing = join(work, 'no-such-folder');
    expectOneLineError(await dyad('match', missing, '--out', outDir('x')), /no-such-folder/);
    expectOneLineError(
      await dyad('evaluate', missing, '--as-of', AFTER_END, '--out', outDir('x')),
      /no-such-folder/,
    );
    expect(existsSync(outDir('x'))).toBe(false);
  });

  it('answers an unreadable workbook with one line and exit code 2', async () => {
    const broken = join(work, 'broken.xlsx');
    writeFileSync(broken, 'this is not a zip file\n'.repeat(20));
    expectOneLineError(
      await dyad('evaluate', broken, '--as-of', AFTER_END, '--out', outDir('b')),
      /broken\.xlsx/,
    );
  });

  it.each(['2026-02-30', '02/08/2026', 'tomorrow', '2026-8-2', '20260802'])(
    'refuses --as-of %s with one line and exit code 2',
    async (date) => {
      expectOneLineError(
        await dyad('evaluate', SAMPLE, '--as-of', date, '--out', outDir('d')),
        /--as-of/,
      );
    },
  );

  it.each([
    [['match', SAMPLE], /--out/],
    [['evaluate', SAMPLE, '--as-of', AFTER_END], /--out/],
    [['match', '--out', 'x'], /missing input/],
    [['frobnicate', SAMPLE, '--out', 'x'], /unknown command/],
    [['match', SAMPLE, '--out', 'x', '--colour'], /unknown option --colour/],
    [['match', SAMPLE, 'extra', '--out', 'x'], /unexpected argument/],
    [['match', SAMPLE, '--out'], /--out needs a value/],
    [['evaluate', SAMPLE, '--as-of', '--out', 'x'], /--as-of needs a value/],
    [['match', SAMPLE, '--as-of', AFTER_END, '--out', 'x'], /evaluate only/],
  ])('refuses %j with one line and exit code 2', async (argv, pattern) => {
    expectOneLineError(await dyad(...argv), pattern);
  });

  it('answers an --out that is a file with one line and exit code 2', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'x');
    expectOneLineError(await dyad('match', SAMPLE, '--out', file), /cannot write to/);
  });

  it('answers an unexpected failure with one line and exit code 1, never a stack trace', async () => {
    const spy = jest.spyOn(evaluateModule, 'evaluateProgramme').mockImplementation(() => {
      throw new Error('engine fault\n    at somewhere (file.ts:1:1)');
    });
    try {
      const run = await dyad('evaluate', SAMPLE, '--as-of', AFTER_END, '--out', outDir('u'));
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/^dyad: unexpected failure: engine fault[^\n]*\n$/);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('match on the sample programme', () => {
  let run: Run;
  let matches: Record<string, unknown>;
  beforeAll(async () => {
    run = await dyad('match', SAMPLE, '--out', outDir('match'));
    matches = readJson(join(outDir('match'), 'matches.json'));
  });

  it('exits 0 and lists the import issues it met', () => {
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(run.out).toMatch(/Import issues: \d+/);
  });

  it('writes matches.json in the shape of protocol section 11', () => {
    expect(matches.totalScore).toBeCloseTo(114 + 5 / 6, 9); // by hand: test/rules/sample.rules.test.ts
    const proposals = matches.proposals as Record<string, unknown>[];
    expect(proposals).toHaveLength(12); // 9 confirmed active pairs + 3 free mentees placed
    for (const p of proposals) {
      expect(p).toEqual(
        expect.objectContaining({
          mentee: expect.any(String),
          mentor: expect.any(String),
          score: expect.any(Number),
        }),
      );
      expect(Object.keys(p.factors as object).sort()).toEqual([...FACTOR_KEYS].sort());
      const factorSum = Object.values(p.factors as Record<string, number>).reduce(
        (a, b) => a + b,
        0,
      );
      expect(factorSum).toBeCloseTo(p.score as number, 6);
      const alternatives = p.alternatives as { mentor: string; score: number }[];
      expect(alternatives.length).toBeLessThanOrEqual(3);
      alternatives.forEach((a, i) => {
        expect(Object.keys(a)).toEqual(expect.arrayContaining(['mentor', 'score']));
        expect(a.mentor).not.toBe(p.mentor);
        if (i > 0) expect(a.score).toBeLessThanOrEqual(alternatives[i - 1].score);
      });
    }
    const sum = proposals.reduce((total, p) => total + (p.score as number), 0);
    expect(matches.totalScore).toBeCloseTo(sum, 6);
    expect(Array.isArray(matches.unmatched)).toBe(true);
  });

  it('lists the sample’s four ineligible applicants with a reason each', () => {
    const ineligible = matches.ineligible as { email: string; role: string; reason: string }[];
    const byEmail = new Map(ineligible.map((i) => [i.email, i]));
    expect(byEmail.get('lars.makebelieve@nhs.example.org')?.role).toBe('mentor');
    expect(byEmail.get('mira.inventa@nhs.example.org')?.role).toBe('mentor');
    expect(byEmail.get('zane.amet@example.org')?.role).toBe('mentee');
    expect(byEmail.get('alba.consectetur@example.org')?.role).toBe('mentee');
    for (const i of ineligible) expect(i.reason.length).toBeGreaterThan(3);
  });

  it('keeps the confirmed pairs and never proposes the excluded one', () => {
    const proposals = matches.proposals as { mentee: string; mentor: string; confirmed: boolean }[];
    const confirmedInput = inputSheet('pairs').filter((p) => p.Status === 'Completed');
    for (const pair of confirmedInput) {
      expect(proposals).toContainEqual(
        expect.objectContaining({
          mentee: pair['Mentee email'],
          mentor: pair['Mentor email'],
          confirmed: true,
        }),
      );
    }
    const excluded = inputSheet('pairs').find((p) => p.Status === 'Excluded');
    expect(excluded).toBeDefined();
    expect(proposals).not.toContainEqual(
      expect.objectContaining({
        mentee: excluded?.['Mentee email'],
        mentor: excluded?.['Mentor email'],
      }),
    );
  });

  it('prints the total, each proposal with score out of 11 and per cent, and the counts', () => {
    expect(run.out).toContain("Protocol: the protocol's defaults, not locked");
    expect(run.out).toMatch(/Total score: [\d.]+ points/);
    const proposals = matches.proposals as { mentee: string; mentor: string }[];
    for (const p of proposals)
      expect(run.out).toMatch(new RegExp(`${p.mentee}\\s+→\\s+${p.mentor}\\s+[\\d.]+/11\\s+\\d+%`));
    expect(run.out).toContain(`Unmatched mentees: ${(matches.unmatched as string[]).length}`);
    expect(run.out).toContain(`Ineligible applicants: ${(matches.ineligible as string[]).length}`);
    expect(run.out).not.toContain('\u001b[');
  });
});

describe('evaluate on the sample programme', () => {
  const files = ['summary.json', 'summary.xlsx', 'summary.html'];
  let final: Run;
  let summary: Record<string, unknown>;
  beforeAll(async () => {
    final = await dyad('evaluate', SAMPLE, '--as-of', AFTER_END, '--out', outDir('final'));
    summary = readJson(join(outDir('final'), 'summary.json'));
  });

  it('exits 0 and writes the three files', () => {
    expect(final.code).toBe(0);
    for (const file of files) expect(existsSync(join(outDir('final'), file))).toBe(true);
    for (const file of files) expect(final.out).toContain(join(outDir('final'), file));
  });

  it('holds the fields of protocol section 11 in summary.json', () => {
    expect(summary.asOf).toBe(AFTER_END);
    expect(summary.provisional).toBe(false);
    expect(summary.scenario).toBe(2); // worked out by hand in test/rules/sample.rules.test.ts
    expect(summary.recommendation).toBe(
      'Proceed to Cohort 2 with targeted improvements to matching or programme structure; present pilot findings as early-stage evidence',
    );
    const domains = summary.domains as Record<string, string>;
    expect(Object.keys(domains).sort()).toEqual(['completion', 'feasibility', 'impact']);
    expect(domains).toEqual({ completion: 'met', impact: 'partial', feasibility: 'met' });
    const thresholds = summary.thresholds as Record<string, unknown>[];
    expect(thresholds.map((t) => t.id)).toEqual([
      'C1',
      'C2',
      'C3',
      'C4',
      'I1',
      'I2',
      'I3',
      'I4',
      'F1',
      'F2',
      'F3',
      'F4',
    ]);
    // Status, observed (×9 or ×7 or ×15 where a fraction), target and n, by hand from the CSVs.
    expect(thresholds.map((t) => [t.id, t.status, t.target, t.n])).toEqual([
      ['C1', 'met', 0.7, 9],
      ['C2', 'met', 0.5, 9],
      ['C3', 'met', 0.7, 9],
      ['C4', 'met', 0, 1],
      ['I1', 'met', 1, 8],
      ['I2', 'met', 7, 7],
      ['I3', 'not_met', 7, 15],
      ['I4', 'met', 0.7, 8],
      ['F1', 'met', 8, 13],
      ['F2', 'met', 10, 15],
      ['F3', 'met', 0, 1],
      ['F4', 'met', 6, 7],
    ]);
    const observed = [8 / 9, 7 / 9, 7 / 9, 0, 2, 58 / 7, 99 / 15, 7 / 8, 11, 13, 0, 7];
    thresholds.forEach((t, i) => expect(t.observed).toBeCloseTo(observed[i], 12));
    const outcomes = summary.outcomes as Record<string, unknown>[];
    expect(outcomes).toHaveLength(11);
    const keys = [
      'key',
      'n',
      'baselineMean',
      'endMean',
      'meanChange',
      'sdChange',
      'ci95',
      'improvedShare',
      'rankBiserial',
      'wilcoxonP',
      'holmP',
    ];
    for (const o of outcomes) expect(Object.keys(o)).toEqual(expect.arrayContaining(keys));
    expect(summary.overallMeanChange).toBeCloseTo(2, 12); // 176 points of change / (8 × 11)
    const issues = summary.importIssues as Record<string, unknown>[];
    for (const issue of issues)
      expect(Object.keys(issue).sort()).toEqual(['problem', 'row', 'sheet']);
  });

  it('keeps numbers unrounded in summary.json', () => {
    const outcomes = summary.outcomes as { meanChange: number | null; sdChange: number | null }[];
    const decimals = outcomes
      .flatMap((o) => [o.meanChange, o.sdChange])
      .filter((v): v is number => v !== null)
      .map((v) => (String(v).split('.')[1] ?? '').length);
    expect(Math.max(...decimals)).toBeGreaterThan(3);
  });

  it('reports the sample’s dirty answers as import issues, by sheet and row', () => {
    const issues = summary.importIssues as { sheet: string; row: number; problem: string }[];
    const checkIns = inputSheet('check-in');
    const sevenRow = checkIns.findIndex((r) => Object.values(r).includes('seven')) + 2;
    const strangerRow =
      checkIns.findIndex((r) => r['Email address'] === 'someone.else@example.org') + 2;
    const feedback = inputSheet('mentee-feedback');
    const elevenRow =
      feedback.findIndex((r) => r['How useful was the programme overall?'] === '11') + 2;
    expect(issues).toContainEqual(expect.objectContaining({ sheet: 'check-in', row: sevenRow }));
    expect(issues).toContainEqual(expect.objectContaining({ sheet: 'check-in', row: strangerRow }));
    expect(issues).toContainEqual(
      expect.objectContaining({ sheet: 'mentee-feedback', row: elevenRow }),
    );
    expect(
      issues.some((i) => i.sheet === 'mentee-application' && /supersed/i.test(i.problem)),
    ).toBe(true);
  });

  it('prints the decision, the domain statuses, the threshold table and where the files are', () => {
    expect(final.out).toContain(`Scenario ${summary.scenario}: ${summary.recommendation}`);
    expect(final.out).not.toContain('PROVISIONAL');
    for (const t of summary.thresholds as { id: string; n: number }[]) {
      expect(final.out).toMatch(
        new RegExp(`^\\s+${t.id}\\*?\\s+(Met|Not met|Pending|Insufficient data).*\\s${t.n}$`, 'm'),
      );
    }
    expect(final.out).toMatch(/Completion: \w+/);
    expect(final.out).toMatch(/Import issues: \d+ \(.*see .*summary\.json for all\)/);
  });

  it('is provisional before the pilot end date, and says so', async () => {
    const run = await dyad('evaluate', SAMPLE, '--as-of', BEFORE_END, '--out', outDir('early'));
    expect(run.code).toBe(0);
    const early = readJson(join(outDir('early'), 'summary.json'));
    expect(early.provisional).toBe(true);
    expect(run.out).toContain(`PROVISIONAL: the data so far point to scenario ${early.scenario}`);
    const html = readFileSync(join(outDir('early'), 'summary.html'), 'utf8');
    expect(html).toContain('PROVISIONAL');
  });

  it('gives the same evaluation from the workbook as from the CSV folder', async () => {
    const run = await dyad('evaluate', SAMPLE_XLSX, '--as-of', AFTER_END, '--out', outDir('xlsx'));
    expect(run.code).toBe(0);
    const fromWorkbook = readJson(join(outDir('xlsx'), 'summary.json'));
    for (const key of [
      'scenario',
      'domains',
      'thresholds',
      'outcomes',
      'overallMeanChange',
      'reAim',
      'completion',
    ]) {
      expect({ key, value: fromWorkbook[key] }).toEqual({ key, value: summary[key] });
    }
  });

  it('scans for the sample’s names, emails, free text and wellbeing text', () => {
    const scanned = personalStrings();
    const pulse = inputSheet('check-in')
      .map((r) => r['Anything about your wellbeing you would like the programme lead to know?'])
      .filter(Boolean);
    expect(pulse.length).toBeGreaterThan(0);
    expect(scanned).toEqual(
      expect.arrayContaining([
        '<b>Dr A. Example</b>',
        'Dr Nadia Fakename',
        'nadia.fakename@example.org',
        'ada.samplewood@nhs.example.org',
        '=HYPERLINK("http://example.com","click")',
        'Maternity leave',
        ...pulse,
      ]),
    );
  });

  it('keeps every email, name and free-text answer out of summary.html', () => {
    const html = readFileSync(join(outDir('final'), 'summary.html'), 'utf8');
    const leaks = personalStrings().filter(
      (s) => html.includes(s) || html.includes(s.replace(/</g, '&lt;').replace(/>/g, '&gt;')),
    );
    expect(leaks).toEqual([]);
    expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
  });

  it('keeps every email, name and free-text answer out of every cell of summary.xlsx', async () => {
    const texts = await workbookTexts(join(outDir('final'), 'summary.xlsx'));
    const leaks = personalStrings().filter((s) => texts.some((t) => t.includes(s)));
    expect(leaks).toEqual([]);
    expect(texts.filter((t) => /[\w.+-]+@[\w-]+\.[\w.-]+/.test(t))).toEqual([]);
  });

  it('keeps emails, names and free text out of summary.json, pair IDs aside', () => {
    const json = readFileSync(join(outDir('final'), 'summary.json'), 'utf8');
    const withoutIssues = JSON.stringify({ ...summary, importIssues: [] });
    expect(personalStrings().filter((s) => withoutIssues.includes(s))).toEqual([]);
    expect(json).toContain('"pairId": "P01"');
  });

  it('sets out the committee workbook: Decision first, coloured statuses in words, frozen headers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(outDir('final'), 'summary.xlsx'));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names[0]).toBe('Decision');
    expect(names).toEqual(
      expect.arrayContaining(['Thresholds', 'Domains', 'RE-AIM', 'Reproducibility']),
    );
    for (const sheet of workbook.worksheets)
      expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    const thresholds = workbook.getWorksheet('Thresholds');
    const ids = (summary.thresholds as { id: string; status: string }[]).map((t) => t.id);
    ids.forEach((id, i) => {
      const row = thresholds?.getRow(i + 2);
      expect(row?.getCell(1).text).toBe(id);
      expect(row?.getCell(4).text).toMatch(/Met|Not met|Pending|Insufficient data/);
      const fill = row?.getCell(4).fill;
      expect(fill && 'fgColor' in fill ? fill.fgColor?.argb : undefined).toMatch(/^FF[0-9A-F]{6}$/);
    });
    const domains = workbook.getWorksheet('Domains');
    expect(domains?.rowCount).toBe(1 + 11 + 1);
  });
});

describe('the built command line', () => {
  let cli: string;
  beforeAll(async () => {
    cli = join(work, 'cli.js');
    const { build } = await import('esbuild');
    await build({
      entryPoints: [resolve(__dirname, '../../src/local/cli.ts')],
      outfile: cli,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'silent',
    });
  });

  const node = (...args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

  it('runs as a program: the decision on stdout, exit code 0', () => {
    const result = node('evaluate', SAMPLE, '--as-of', AFTER_END, '--out', outDir('built'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Scenario [1-4]: /);
    expect(existsSync(join(outDir('built'), 'summary.html'))).toBe(true);
  });

  it('exits 2 with one line on stderr for a missing path', () => {
    const result = node('match', join(work, 'nowhere'), '--out', outDir('built'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^dyad: [^\n]+\n$/);
    expect(result.stdout).toBe('');
  });
});

describe('the add-on’s protocol sheets in the export', () => {
  const TRUST_JSON = '{"thresholds":{"i3MatchSatisfaction":6.5}}';
  const csvLine = (cells: string[]): string =>
    cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
  const hash = createHash('sha256')
    .update(canonicalJson(configFromJson(TRUST_JSON)), 'utf8')
    .digest('hex');

  function exportWithProtocol(name: string, settings: string[][], deviations?: string[][]): string {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    for (const file of readdirSync(SAMPLE)) copyFileSync(join(SAMPLE, file), join(dir, file));
    writeFileSync(
      join(dir, 'protocol.csv'),
      [['Setting', 'Value'], ...settings].map(csvLine).join('\r\n'),
    );
    if (deviations) {
      writeFileSync(
        join(dir, 'protocol-deviations.csv'),
        [['When', 'Who', 'What'], ...deviations].map(csvLine).join('\r\n'),
      );
    }
    return dir;
  }

  it('evaluates on the trust’s locked configuration and shows the lock and its deviations', async () => {
    const dir = exportWithProtocol(
      'locked',
      [
        ['Configuration (JSON)', TRUST_JSON],
        ['Locked', 'Yes'],
        ['SHA-256 at lock', hash],
        ['Locked at', '2026-01-05 09:00'],
        ['Locked by', 'programme.lead@nhs.example.org'],
      ],
      [['2026-03-02 10:00', 'programme.lead@nhs.example.org', 'Admin burden question reworded']],
    );
    const run = await dyad('evaluate', dir, '--as-of', AFTER_END, '--out', outDir('locked'));
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      "Protocol: the trust's configuration from the protocol sheet, locked on 2026-01-05 09:00",
    );
    const summary = readJson(join(outDir('locked'), 'summary.json'));
    const i3 = (summary.thresholds as { id: string; target: number }[]).find((t) => t.id === 'I3');
    expect(i3?.target).toBe(6.5);
    expect(summary.lock).toEqual(
      expect.objectContaining({
        locked: true,
        hash,
        lockedBy: 'Programme Lead',
        deviations: [
          {
            when: '2026-03-02 10:00',
            who: 'Programme Lead',
            what: 'Admin burden question reworded',
          },
        ],
      }),
    );
    const html = readFileSync(join(outDir('locked'), 'summary.html'), 'utf8');
    expect(html).toContain(hash);
    expect(html).toContain('Admin burden question reworded');
    expect(html).not.toContain('programme.lead@');
  });

  it('stops with one line when the configuration cannot be read', async () => {
    const dir = exportWithProtocol('bad-json', [['Configuration (JSON)', '{"thresholds": ']]);
    expectOneLineError(
      await dyad('match', dir, '--out', outDir('bad-json')),
      /configuration is not valid JSON/,
    );
  });

  it('reads the protocol sheet from a workbook too', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE_XLSX);
    const sheet = workbook.addWorksheet('protocol');
    sheet.addRows([
      ['Setting', 'Value'],
      ['Configuration (JSON)', TRUST_JSON],
      ['Locked', 'Yes'],
      ['SHA-256 at lock', hash],
    ]);
    const path = join(work, 'with-protocol.xlsx');
    await workbook.xlsx.writeFile(path);
    const run = await dyad(
      'evaluate',
      path,
      '--as-of',
      AFTER_END,
      '--out',
      outDir('xlsx-protocol'),
    );
    expect(run.code).toBe(0);
    const lock = readJson(join(outDir('xlsx-protocol'), 'summary.json')).lock as {
      locked: boolean;
      deviations: [];
    };
    expect(lock).toEqual(expect.objectContaining({ locked: true, deviations: [] }));
  });
});

describe('dirty input', () => {
  let dirty: string;
  let run: Run;
  beforeAll(async () => {
    dirty = join(work, 'dirty');
    rmSync(dirty, { recursive: true, force: true });
    mkdirSync(dirty);
    for (const file of readdirSync(SAMPLE)) copyFileSync(join(SAMPLE, file), join(dirty, file));
    const checkIn = readFileSync(join(dirty, 'check-in.csv'), 'utf8');
    const header = checkIn.split(/\r?\n/)[0];
    const extra = [
      ',,Meeting 1 (month 1),12/02/2026,Virtual,5,,,6,No,,,',
      '13/02/2026 10:00:00,nadia.fakename@example.org,Meeting 9,31/02/2026,By pigeon,ten,,,0,Perhaps,,,',
    ];
    writeFileSync(join(dirty, 'check-in.csv'), `${checkIn.trimEnd()}\r\n${extra.join('\r\n')}\r\n`);
    writeFileSync(
      join(dirty, 'escalations.csv'),
      `${readFileSync(join(SAMPLE, 'escalations.csv'), 'utf8')}E002,yesterday,P99,Check-in,Maybe,,,\r\n`,
    );
    rmSync(join(dirty, 'mentor-feedback.csv'));
    writeFileSync(join(dirty, 'notes.txt'), 'not a sheet');
    expect(header).toContain('Which meeting was this?');
    run = await dyad('evaluate', dirty, '--as-of', AFTER_END, '--out', outDir('dirty'));
  });

  it('still exits 0 and writes every file', () => {
    expect(run.code).toBe(0);
    for (const file of ['summary.json', 'summary.xlsx', 'summary.html']) {
      expect(existsSync(join(outDir('dirty'), file))).toBe(true);
    }
  });

  it('lists each unreadable answer by sheet and row, and shows the first few in the terminal', () => {
    const issues = readJson(join(outDir('dirty'), 'summary.json')).importIssues as {
      sheet: string;
      row: number;
    }[];
    const checkInRows = inputSheet('check-in').length + 1;
    expect(issues).toContainEqual(
      expect.objectContaining({ sheet: 'check-in', row: checkInRows + 1 }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ sheet: 'check-in', row: checkInRows + 2 }),
    );
    const escalationRows = inputSheet('escalations').length + 1;
    expect(issues).toContainEqual(
      expect.objectContaining({ sheet: 'escalations', row: escalationRows + 1 }),
    );
    expect(issues.length).toBeGreaterThan(5);
    expect(run.out).toContain(`Import issues: ${issues.length} (first 5 below; see`);
    expect(run.out).toContain('summary.json for all)');
  });

  it('treats a missing sheet as no rows yet: mentor feedback measures lack data', () => {
    const summary = readJson(join(outDir('dirty'), 'summary.json'));
    const f4 = (summary.thresholds as { id: string; status: string; n: number }[]).find(
      (t) => t.id === 'F4',
    );
    expect(f4).toEqual(expect.objectContaining({ status: 'insufficient_data', n: 0 }));
  });

  it('evaluates an empty folder without failing', async () => {
    const empty = join(work, 'empty');
    mkdirSync(empty, { recursive: true });
    const result = await dyad(
      'evaluate',
      empty,
      '--as-of',
      AFTER_END,
      '--out',
      outDir('empty-out'),
    );
    expect(result.code).toBe(0);
    const match = await dyad('match', empty, '--out', outDir('empty-out'));
    expect(match.code).toBe(0);
    expect(readJson(join(outDir('empty-out'), 'matches.json'))).toEqual(
      expect.objectContaining({ totalScore: 0, proposals: [], unmatched: [], ineligible: [] }),
    );
  });
});
