/**
 * The command line's safety: the data's control characters never reach the terminal, a wrong
 * configuration is refused line by line, and paths that are not files or folders are refused
 * at once instead of waited on.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/local/cli';
import { safeForTerminal } from '../../src/local/terminalText';

jest.setTimeout(60_000);

const SAMPLE = resolve(__dirname, '../../examples/sample-programme');

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
  work = mkdtempSync(join(tmpdir(), 'dyad-safety-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function sampleCopy(name: string): string {
  const folder = join(work, name);
  cpSync(SAMPLE, folder, { recursive: true });
  return folder;
}

// Every C0 control but tab and newline, DEL, C1, and the bidi controls, written by code point.
const UNSAFE = new RegExp(
  `[${[
    [0x00, 0x08],
    [0x0b, 0x1f],
    [0x7f, 0x9f],
    [0x200e, 0x200f],
    [0x202a, 0x202e],
    [0x2066, 0x2069],
  ]
    .map(([a, b]) => `\\u${a.toString(16).padStart(4, '0')}-\\u${b.toString(16).padStart(4, '0')}`)
    .join('')}]`,
);

describe('text made safe for the terminal', () => {
  it('shows control characters as visible escapes and keeps lines and tabs', () => {
    expect(safeForTerminal('a\u001Bc\u0007b\tc\nd\r\ne\u009B\u202E\u0000')).toBe(
      'a\\x1Bc\\x07b\tc\nd\ne\\x9B\\u202E\\x00',
    );
    expect(safeForTerminal('Ann Okafor — ok')).toBe('Ann Okafor — ok');
  });

  it('keeps ESC, BEL and direction overrides in the data off the terminal, stdout and stderr', async () => {
    const folder = sampleCopy('escapes');
    appendFileSync(
      join(folder, 'check-in.csv'),
      '2026/05/01 10:00:00,"evil\u001Bc\u0007@x\u202E.example",Meeting 1 (month 1),01/05/2026,Virtual,5,,,6,No,,,\n',
    );
    appendFileSync(join(folder, 'programme.csv'), '"Target\u001B[2J pairs",9\n');
    const run = await dyad('evaluate', folder, '--as-of', '2026-08-02', '--out', join(work, 'o1'));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/\\x1B/);
    expect(run.out).not.toMatch(UNSAFE);
    expect(run.err).not.toMatch(UNSAFE);
    const refused = await dyad('evaluate', join(work, 'no\u001Bc-such'), '--out', join(work, 'o2'));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/no\\x1Bc-such/);
    expect(refused.err).not.toMatch(UNSAFE);
  });
});

describe('a wrong configuration is refused, one line per problem', () => {
  it('exits 2 and names every problem', async () => {
    const folder = sampleCopy('bad-config');
    const json = '{"grades":[1,2],"thresholds":{"c1Share":"abc"}}'.replace(/"/g, '""');
    writeFileSync(join(folder, 'protocol.csv'), `Setting,Value\nConfiguration (JSON),"${json}"\n`);
    const run = await dyad('evaluate', folder, '--as-of', '2026-08-02', '--out', join(work, 'o3'));
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    const lines = run.err.trimEnd().split('\n');
    expect(lines.every((line) => line.startsWith('dyad: the protocol setting'))).toBe(true);
    expect(lines).toContain(
      'dyad: the protocol setting "thresholds.c1Share" must be a number from 0 to 1 (it is "abc")',
    );
    expect(lines).toContain(
      'dyad: the protocol setting "grades[1]" must be {"label": text, "rank": number} (it is 2)',
    );
  });

  it('refuses a huge weight in match with exit 2', async () => {
    const folder = sampleCopy('huge-weight');
    const json = '{"factorWeights":{"site":1e300}}'.replace(/"/g, '""');
    writeFileSync(join(folder, 'protocol.csv'), `Setting,Value\nConfiguration (JSON),"${json}"\n`);
    const run = await dyad('match', folder, '--out', join(work, 'o4'));
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      'dyad: the protocol setting "factorWeights.site" must be a number from 0 to 100 (it is 1e+300)\n',
    );
  });
});

describe('paths that are not files or folders are refused at once', () => {
  const fifo = (path: string) => execFileSync('mkfifo', [path]);

  it('an input FIFO', async () => {
    const path = join(work, 'pipe.xlsx');
    fifo(path);
    const run = await dyad('evaluate', path, '--out', join(work, 'o5'));
    expect(run).toEqual({
      code: 2,
      out: '',
      err: `dyad: cannot read "${path}": it is a FIFO (named pipe), not a regular file or folder\n`,
    });
  });

  it('a FIFO among the CSV files of the input folder', async () => {
    const folder = sampleCopy('fifo-inside');
    rmSync(join(folder, 'pairs.csv'));
    fifo(join(folder, 'pairs.csv'));
    const run = await dyad('match', folder, '--out', join(work, 'o6'));
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `dyad: cannot read "${join(folder, 'pairs.csv')}": it is a FIFO (named pipe), not a regular file\n`,
    );
  });

  it('a device as input', async () => {
    const run = await dyad('evaluate', '/dev/null', '--out', join(work, 'o7'));
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      'dyad: cannot read "/dev/null": it is a character device, not a regular file or folder\n',
    );
  });

  it('an output folder that cannot be made', async () => {
    const run = await dyad('evaluate', SAMPLE, '--as-of', '2026-08-02', '--out', '/proc/x');
    expect(run.code).toBe(2);
    expect(run.err).toBe('dyad: cannot write to "/proc/x": the folder cannot be made (ENOENT)\n');
  });

  it('an output that is a file, or an output file that is a FIFO', async () => {
    const file = join(work, 'plain.txt');
    writeFileSync(file, 'x');
    const onFile = await dyad('match', SAMPLE, '--out', join(file, 'inner'));
    expect(onFile.code).toBe(2);
    expect(onFile.err).toBe(
      `dyad: cannot write to "${join(file, 'inner')}": "${file}" is a file, not a folder\n`,
    );
    const out = join(work, 'o8');
    mkdirSync(out);
    fifo(join(out, 'summary.json'));
    const run = await dyad('evaluate', SAMPLE, '--as-of', '2026-08-02', '--out', out);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `dyad: cannot write "${join(out, 'summary.json')}": it is a FIFO (named pipe), not a regular file\n`,
    );
  });
});
