/**
 * The command line on folders a Lead really has: files named by the browser, one broken line,
 * nothing recognisable. Each run reads what it can and says what it could not.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/local/cli';
import { readTablesFromPath } from '../../src/local/readTables';

const SAMPLE = resolve(__dirname, '../../examples/sample-programme');

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dyad-exports-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function dyad(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

function folder(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text, 'utf8');
  return dir;
}

interface Summary {
  scenario: number;
  importIssues: { sheet: string; row: number; problem: string }[];
}

describe('a folder the browser named', () => {
  it('gives the same decision when every file has a download name', async () => {
    const renamed = join(work, 'renamed');
    mkdirSync(renamed);
    const names: Record<string, string> = {
      'mentee-application.csv': 'Mentee-Application.csv',
      'mentor-application.csv': 'Programme - mentor-application (1).csv',
      'check-in.csv': 'Check In.csv',
      'mentee-feedback.csv': 'responses (2).csv',
      'mentor-feedback.csv': 'Mentor feedback (Responses).csv',
      'pairs.csv': 'Dyad programme - pairs (3).csv',
      'escalations.csv': 'ESCALATIONS.csv',
      'programme.csv': 'Programme.csv',
    };
    for (const file of readdirSync(SAMPLE))
      copyFileSync(join(SAMPLE, file), join(renamed, names[file]));
    const original = await readTablesFromPath(SAMPLE);
    const tables = await readTablesFromPath(renamed);
    expect(tables).toEqual(original);
    const run = await dyad(
      'evaluate',
      renamed,
      '--as-of',
      '2026-08-02',
      '--out',
      join(work, 'out-renamed'),
    );
    expect(run.code).toBe(0);
    const summary = JSON.parse(
      readFileSync(join(work, 'out-renamed', 'summary.json'), 'utf8'),
    ) as Summary;
    expect(summary.scenario).toBe(2);
  });
});

describe('one bad line', () => {
  const header =
    'Timestamp,Email address,How satisfied are you with your mentee match?,How easy was the programme administration for you?,Would you be willing to mentor in the next cohort?,What worked well?,What could be improved?';

  it('reads the rest of the file when the last line has an unclosed quote', async () => {
    const dir = folder('quote-at-end', {
      'mentor-feedback.csv': `${header}\n01/07/2026 10:00:00,cy@nhs.net,8,9,Yes,,\n02/07/2026 10:00:00,di@nhs.net,7,6,Maybe,"Rota gaps,\n`,
    });
    const run = await dyad('evaluate', dir, '--as-of', '2026-08-02', '--out', join(work, 'out-q1'));
    expect(run.code).toBe(0);
    const tables = await readTablesFromPath(dir);
    expect(tables['mentor-feedback']?.rows).toEqual([
      ['01/07/2026 10:00:00', 'cy@nhs.net', '8', '9', 'Yes', null, null],
      ['02/07/2026 10:00:00', 'di@nhs.net', '7', '6', 'Maybe'],
    ]);
    const summary = JSON.parse(
      readFileSync(join(work, 'out-q1', 'summary.json'), 'utf8'),
    ) as Summary;
    expect(summary.importIssues).toContainEqual(
      expect.objectContaining({ sheet: 'mentor-feedback', row: 3 }),
    );
  });

  it('never merges the next row into an answer when a quote is left open mid-file', async () => {
    const dir = folder('quote-mid-file', {
      'mentor-feedback.csv': `${header}\n01/07/2026 10:00:00,cy@nhs.net,8,9,Yes,"Good, then,\n02/07/2026 10:00:00,di@nhs.net,7,6,Maybe,"Fine, really",\n`,
    });
    const rows = (await readTablesFromPath(dir))['mentor-feedback']?.rows;
    expect(rows).toEqual([
      ['01/07/2026 10:00:00', 'cy@nhs.net', '8', '9', 'Yes'],
      ['02/07/2026 10:00:00', 'di@nhs.net', '7', '6', 'Maybe', 'Fine, really', null],
    ]);
  });
});

describe('a folder with nothing to read', () => {
  it('says so first, lists it as an issue, and still exits 0', async () => {
    const dir = folder('wrong', { 'budget.csv': 'Item,Cost\nPens,3\n' });
    const run = await dyad(
      'evaluate',
      dir,
      '--as-of',
      '2026-08-02',
      '--out',
      join(work, 'out-wrong'),
    );
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Nothing was read: none of the 1 file given holds a programme sheet/);
    const summary = JSON.parse(
      readFileSync(join(work, 'out-wrong', 'summary.json'), 'utf8'),
    ) as Summary;
    expect(summary.importIssues.map((i) => i.sheet)).toEqual(['budget.csv', 'input']);
  });

  it('says an empty folder is empty', async () => {
    const dir = folder('empty', {});
    const run = await dyad('match', dir, '--out', join(work, 'out-empty'));
    expect(run.code).toBe(0);
    expect(run.out.split('\n')[0]).toBe(
      `Nothing was read: the folder "${dir}" holds no CSV files or .xlsx workbooks, so there is nothing to read.`,
    );
  });
});
