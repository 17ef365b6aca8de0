/** summary.json carries the reproducibility stamp, and a re-run gives the same file but its time. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/local/cli';

jest.setTimeout(60_000);

const SAMPLE = resolve(__dirname, '../../examples/sample-programme');
const SAMPLE_XLSX = resolve(__dirname, '../../examples/sample-programme.xlsx');
const VERSION = (
  JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as {
    version: string;
  }
).version;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dyad-stamp-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Stamped {
  stamp: {
    dyadVersion: string;
    asOf: string;
    generatedAt: string;
    inputs: { sheet: string; rows: number; sha256: string }[];
    configHash: string;
    configLocked: boolean;
    command: string;
    programmeName: string;
    trust: string;
  };
}

async function evaluate(input: string, out: string): Promise<{ text: string; json: Stamped }> {
  const code = await main(['evaluate', input, '--as-of', '2026-08-02', '--out', out], {
    stdout: () => undefined,
    stderr: () => undefined,
  });
  expect(code).toBe(0);
  const text = readFileSync(join(out, 'summary.json'), 'utf8');
  return { text, json: JSON.parse(text) as Stamped };
}

const withoutTime = (text: string) => text.replace(/"generatedAt": "[^"]*"/, '"generatedAt": ""');

describe('the reproducibility stamp in summary.json', () => {
  it('names the version, every input sheet, the configuration, the as-of date and the command', async () => {
    const out = join(work, 'first');
    const { json } = await evaluate(SAMPLE, out);
    expect(json.stamp.dyadVersion).toBe(VERSION);
    expect(json.stamp.asOf).toBe('2026-08-02');
    expect(json.stamp.configLocked).toBe(false);
    expect(json.stamp.configHash).toMatch(/^[0-9a-f]{64}$/);
    expect(json.stamp.inputs.map((i) => i.sheet)).toEqual([
      'mentee-application',
      'mentor-application',
      'check-in',
      'mentee-feedback',
      'mentor-feedback',
      'pairs',
      'escalations',
      'programme',
    ]);
    // The sample's row counts, as the CSV files hold them.
    expect(json.stamp.inputs.map((i) => i.rows)).toEqual([16, 13, 27, 9, 8, 11, 1, 9]);
    expect(json.stamp.command).toBe(
      `npm run dyad -- evaluate ${SAMPLE} --as-of 2026-08-02 --out ${out}`,
    );
    expect(Date.parse(json.stamp.generatedAt)).not.toBeNaN();
  });

  it('gives the same summary.json on a re-run, but for the generation time', async () => {
    const out = join(work, 'again');
    const first = await evaluate(SAMPLE, out);
    const second = await evaluate(SAMPLE, out);
    expect(withoutTime(second.text)).toBe(withoutTime(first.text));
  });

  it('gives the same input hashes from the workbook as from the CSV folder', async () => {
    const csv = await evaluate(SAMPLE, join(work, 'csv'));
    const xlsx = await evaluate(SAMPLE_XLSX, join(work, 'xlsx'));
    expect(xlsx.json.stamp.inputs).toEqual(csv.json.stamp.inputs);
    expect(xlsx.json.stamp.configHash).toBe(csv.json.stamp.configHash);
  });
});
