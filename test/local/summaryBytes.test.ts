/**
 * The committee's files as bytes, made without Node: the same summary gives the same
 * summary.xlsx whenever and wherever it is written, so the web page's file matches the CLI's.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { summaryXlsxBytes } from '../../src/local/summaryXlsx';
import { makeSummary } from './fixtures';

const SRC = resolve(__dirname, '../../src');

/** Every module a source file reaches through relative imports, with the packages they name. */
function reachable(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.includes(file)) return;
    files.push(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
      const spec = m[1];
      if (spec.startsWith('.')) visit(resolve(dirname(file), `${spec}.ts`));
      else packages.add(spec);
    }
  };
  visit(join(SRC, entry));
  return { files, packages };
}

const NODE_ONLY = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('the committee writers run in a browser', () => {
  it.each(['local/summaryXlsx.ts', 'local/summaryHtml.ts'])(
    '%s reaches no Node module and no global of Node',
    (entry) => {
      const { files, packages } = reachable(entry);
      expect([...packages].filter((p) => NODE_ONLY.has(p))).toEqual([]);
      const usesNode = files.filter((f) =>
        /\b(Buffer|process|require|__dirname)\b[.(]/.test(readFileSync(f, 'utf8')),
      );
      expect(usesNode.map((f) => f.slice(SRC.length + 1))).toEqual([]);
    },
  );
});

describe('summaryXlsxBytes', () => {
  afterEach(() => jest.useRealTimers());

  /** Writes the summary with the clock set to `now`; nothing else is faked. */
  async function writtenAt(now: string): Promise<Uint8Array> {
    jest.useFakeTimers({
      now: new Date(now),
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
    try {
      return await summaryXlsxBytes(makeSummary());
    } finally {
      jest.useRealTimers();
    }
  }

  it('gives the same bytes on another day and time', async () => {
    const first = await writtenAt('2026-09-01T08:00:00Z');
    const second = await writtenAt('2031-02-17T23:59:58Z');
    expect(first).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('dates the workbook and each of its parts on the as-of date', async () => {
    const bytes = await writtenAt('2030-05-05T12:34:56Z');
    const zip = await JSZip.loadAsync(bytes);
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString().slice(0, 10)));
    // The fixture's as-of date is 10 August 2026.
    expect([...dates]).toEqual(['2026-08-10']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.created.toISOString()).toBe('2026-08-10T00:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2026-08-10T00:00:00.000Z');
  });
});
