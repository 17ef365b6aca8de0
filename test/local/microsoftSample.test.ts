/**
 * The same cohort as Google Forms exports and as Microsoft Forms exports (written by
 * scripts/make-microsoft-exports.mjs from scripts/make-examples.mjs's cohorts) gives the same
 * decision, the same statistics and the same matches.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/local/cli';

const ROOT = resolve(__dirname, '../..');
const GOOGLE_SAMPLE = join(ROOT, 'examples/sample-programme');
const MICROSOFT_SAMPLE = join(ROOT, 'examples/microsoft-sample');
const SCRIPT = join(ROOT, 'scripts/make-microsoft-exports.mjs');

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dyad-microsoft-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function script(...args: string[]): void {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}

function googleCohort(out: string, ...args: string[]): void {
  const run = spawnSync(process.execPath, ['scripts/make-examples.mjs', ...args, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.status).toBe(0);
}

interface Issue {
  sheet: string;
  row: number;
  problem: string;
}
interface Results {
  summary: Record<string, unknown> & { importIssues: Issue[]; scenario: number };
  matches: Record<string, unknown> & { importIssues: Issue[] };
}

async function run(input: string, name: string): Promise<Results> {
  const out = join(work, name);
  const io = { stdout: () => undefined, stderr: () => undefined };
  expect(await main(['evaluate', input, '--as-of', '2026-08-02', '--out', out], io)).toBe(0);
  expect(await main(['match', input, '--out', out], io)).toBe(0);
  const json = (file: string): never => JSON.parse(readFileSync(join(out, file), 'utf8')) as never;
  return { summary: json('summary.json'), matches: json('matches.json') };
}

/**
 * Everything but when and how the run was made: the stamp's SHA-256 of each input sheet
 * included, since it is taken from what the sheets hold, not from the files' format.
 */
function comparable({ summary, matches }: Results): unknown {
  const stamp = summary.stamp as Record<string, unknown> | undefined;
  const sameStamp = { ...stamp, generatedAt: undefined, command: undefined };
  return { summary: { ...summary, stamp: sameStamp }, matches };
}

describe('the committed Microsoft-style sample', () => {
  it('is what the script writes, byte for byte', () => {
    const out = join(work, 'regenerated');
    script('--out', out);
    const files = readdirSync(MICROSOFT_SAMPLE).sort();
    expect(readdirSync(out).sort()).toEqual(files);
    for (const file of files) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join(MICROSOFT_SAMPLE, file)))).toBe(
        true,
      );
    }
  });

  it('gives the Google-style sample’s decision, statistics and matches', async () => {
    const google = await run(GOOGLE_SAMPLE, 'google');
    const microsoft = await run(MICROSOFT_SAMPLE, 'microsoft');
    expect(microsoft.summary.scenario).toBe(2);
    expect(comparable(microsoft)).toEqual(comparable(google));
    expect(microsoft.summary.importIssues).toHaveLength(google.summary.importIssues.length);
  });

  it('gives the same with every form in one workbook, and with CSV and XLSX mixed', async () => {
    const google = comparable(await run(GOOGLE_SAMPLE, 'google-2'));
    const oneBook = join(work, 'one-workbook');
    script('--out', oneBook, '--one-workbook', '--last-modified', '');
    expect(readdirSync(oneBook).sort()).toEqual(['programme.xlsx', 'responses.xlsx']);
    expect(comparable(await run(oneBook, 'one-workbook-out'))).toEqual(google);

    const mixed = join(work, 'mixed');
    mkdirSync(mixed);
    for (const file of [
      'Mentorship programme - apply for a mentor.xlsx',
      'End of pilot feedback (mentors).xlsx',
    ]) {
      copyFileSync(join(MICROSOFT_SAMPLE, file), join(mixed, file));
    }
    for (const file of [
      'mentor-application.csv',
      'check-in.csv',
      'mentee-feedback.csv',
      'pairs.csv',
      'escalations.csv',
      'programme.csv',
    ]) {
      copyFileSync(join(GOOGLE_SAMPLE, file), join(mixed, file));
    }
    expect(comparable(await run(mixed, 'mixed-out'))).toEqual(google);
  });
});

describe('a synthetic cohort in both styles', () => {
  it('gives the same decision, statistics and matches', async () => {
    const googleDir = join(work, 'cohort-google');
    const microsoftDir = join(work, 'cohort-microsoft');
    googleCohort(googleDir, '--mentees', '40', '--mentors', '25', '--pairs', '30', '--seed', '3');
    script(
      '--mentees',
      '40',
      '--mentors',
      '25',
      '--pairs',
      '30',
      '--seed',
      '3',
      '--out',
      microsoftDir,
      '--last-modified',
      'check-in,mentee-application',
    );
    const google = await run(googleDir, 'cohort-google-out');
    const microsoft = await run(microsoftDir, 'cohort-microsoft-out');
    expect((google.matches.proposals as unknown[]).length).toBeGreaterThan(0);
    expect(comparable(microsoft)).toEqual(comparable(google));
  });
});

describe('a form that did not record emails', () => {
  it('refuses each of its responses in words and reads the rest', async () => {
    const dir = join(work, 'anonymous');
    script('--out', dir, '--anonymous', 'mentor-feedback');
    const { summary } = await run(dir, 'anonymous-out');
    const refused = summary.importIssues.filter((i) => i.sheet === 'mentor-feedback');
    // The sample has 8 mentor feedback responses: one issue for the form, one per response.
    expect(refused).toHaveLength(9);
    expect(refused[0].problem).toMatch(/none of the 8 responses .* "Record name"/);
  });
});
