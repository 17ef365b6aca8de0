/** The sample programme and synthetic cohorts that scripts/make-examples.mjs writes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

jest.setTimeout(60_000);

const ROOT = resolve(__dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/make-examples.mjs');

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dyad-examples-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function makeExamples(...args: string[]): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
}

function rows(dir: string, sheet: string): Record<string, string>[] {
  return parse(readFileSync(join(dir, `${sheet}.csv`), 'utf8'), { columns: true });
}

it('writes exactly the committed sample programme, byte for byte', () => {
  const out = join(work, 'sample');
  expect(makeExamples('--out', out).status).toBe(0);
  const committed = join(ROOT, 'examples/sample-programme');
  const files = readdirSync(committed).sort();
  expect(readdirSync(join(out, 'sample-programme')).sort()).toEqual(files);
  for (const file of files) {
    expect({
      file,
      same: readFileSync(join(out, 'sample-programme', file)).equals(
        readFileSync(join(committed, file)),
      ),
    }).toEqual({
      file,
      same: true,
    });
  }
  expect(
    readFileSync(join(out, 'sample-programme.xlsx')).equals(
      readFileSync(join(ROOT, 'examples/sample-programme.xlsx')),
    ),
  ).toBe(true);
});

it('holds the eight sheets, in the linked response sheet’s CSV style', () => {
  const dir = join(ROOT, 'examples/sample-programme');
  expect(readdirSync(dir).sort()).toEqual(
    [
      'check-in',
      'escalations',
      'mentee-application',
      'mentee-feedback',
      'mentor-application',
      'mentor-feedback',
      'pairs',
      'programme',
    ].map((s) => `${s}.csv`),
  );
  const applications = rows(dir, 'mentee-application');
  expect(applications[0].Timestamp).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
  expect(applications.some((a) => a['What would you most like support with?'].includes(', '))).toBe(
    true,
  );
  const pairs = rows(dir, 'pairs').filter(
    (p) => p['Confirmed by lead'] === 'TRUE' && p['Confirmed by IMG tutor'] === 'TRUE',
  );
  expect(pairs).toHaveLength(10);
  for (const pair of pairs) expect(pair.Rationale.length).toBeGreaterThan(10);
  const settings = new Map(rows(dir, 'programme').map((r) => [r.Setting, r.Value]));
  expect(settings.get('Target pairs')).toBe('10');
  expect(settings.get('Pilot start date')).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  const emails = readdirSync(dir).flatMap(
    (f) => readFileSync(join(dir, f), 'utf8').match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [],
  );
  for (const email of emails)
    expect(email).toMatch(/@(example\.org|nhs\.example\.org|example\.com)$/);
});

it('makes a synthetic cohort of the size asked, the same for the same seed', () => {
  const cohort = (seed: number, out: string) =>
    makeExamples(
      '--mentees',
      '30',
      '--mentors',
      '20',
      '--pairs',
      '25',
      '--seed',
      String(seed),
      '--out',
      out,
    );
  const [a, b] = [join(work, 'a'), join(work, 'b')];
  for (const out of [a, b]) expect(cohort(7, out).status).toBe(0);
  expect(rows(a, 'mentee-application')).toHaveLength(30);
  expect(rows(a, 'mentor-application')).toHaveLength(20);
  expect(rows(a, 'pairs')).toHaveLength(25);
  for (const file of readdirSync(a))
    expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file)))).toBe(true);
  const other = join(work, 'c');
  expect(cohort(8, other).status).toBe(0);
  expect(
    readFileSync(join(other, 'check-in.csv')).equals(readFileSync(join(a, 'check-in.csv'))),
  ).toBe(false);
});

it.each([
  [['--mentees', '5', '--mentors', '1', '--pairs', '4', '--out', 'x'], /cannot make 4 pairs/],
  [['--mentees', 'many', '--out', 'x'], /whole number/],
  [['--mentees', '5'], /--out DIR is required/],
  [['--frobnicate'], /unknown option/],
])('refuses %j with one line', (args, message) => {
  const result = makeExamples(...args);
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/^make-examples: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
});
