/**
 * summary.xlsx printed as LibreOffice prints it (Debian's libreoffice-calc, headless): a
 * handful of A4 pages, every sheet one page wide, so no column is split from its row. The
 * pages are also written as PNG images under test-output/xlsx-pdf/ for a person to look at.
 * Outside CI the test is skipped, saying so, when LibreOffice is not installed; in CI it runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { summaryXlsxBytes } from '../../src/local/summaryXlsx';
import { loadSample, sampleDates } from './committeeSample';

const OUTPUT_DIR = resolve(__dirname, '../../test-output/xlsx-pdf');

const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).status === 0;
const inCi = Boolean(process.env.CI);
if (!hasLibreOffice && !inCi) {
  console.warn(
    'summary.xlsx print test skipped: LibreOffice is not installed (apt-get install libreoffice-calc poppler-utils).',
  );
}
const describePrinted = hasLibreOffice || inCi ? describe : describe.skip;

/** A4 in PostScript points (210 × 297 mm). */
const A4_POINTS = [595, 842];
/** "A handful": one page per sheet for the sample, seven sheets. */
const MOST_PAGES = 8;

interface Printed {
  pages: number;
  pageSizes: number[][];
  pageTexts: string[];
  /** Each sheet's first and last header, as the workbook holds them. */
  headers: Map<string, [string, string]>;
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function printXlsx(name: string, bytes: Uint8Array): Promise<Printed> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-xlsx-pdf-'));
  try {
    const xlsx = join(dir, `${name}.xlsx`);
    writeFileSync(xlsx, bytes);
    // A profile of its own, so a LibreOffice already open elsewhere does not take the job.
    run('libreoffice', [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      xlsx,
    ]);
    const pdf = join(dir, `${name}.pdf`);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
    const sizes = run('pdfinfo', ['-f', '1', '-l', String(pages), pdf]);
    const pageSizes = [...sizes.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    const pageTexts = Array.from({ length: pages }, (_, i) =>
      run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']),
    );
    mkdirSync(OUTPUT_DIR, { recursive: true });
    for (const old of readdirSync(OUTPUT_DIR).filter((f) => f.startsWith(`${name}-`)))
      rmSync(join(OUTPUT_DIR, old));
    run('pdftoppm', ['-r', '70', '-png', pdf, join(OUTPUT_DIR, name)]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const headers = new Map<string, [string, string]>();
    for (const sheet of workbook.worksheets) {
      const titles: string[] = [];
      sheet.getRow(1).eachCell((cell) => titles.push(cell.text));
      headers.set(sheet.name, [titles[0] ?? '', titles[titles.length - 1] ?? '']);
    }
    return { pages, pageSizes, pageTexts, headers };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The sheet a page belongs to, from its footer ("… · <sheet>   Page n of m"). */
function sheetOfPage(text: string, sheets: string[]): string | undefined {
  const footer = /·\s*(.+?)\s{2,}Page \d+ of \d+/.exec(text)?.[1]?.trim();
  return sheets.find((s) => s === footer);
}

/** Words of a header as pdftotext may lay them out: across lines, spaces squeezed. */
function holds(text: string, header: string): boolean {
  const squeezed = text.replace(/\s+/g, ' ');
  return header.split(/\s+/).every((word) => squeezed.includes(word));
}

describePrinted('summary.xlsx printed by LibreOffice', () => {
  const printed = new Map<string, Printed>();

  beforeAll(async () => {
    const sample = await loadSample();
    const { final, provisional } = sampleDates(sample);
    const cases: [string, string][] = [
      ['summary-final', final],
      ['summary-provisional', provisional],
    ];
    for (const [name, asOf] of cases) {
      const bytes = await summaryXlsxBytes(sample.summaryAsOf(asOf));
      printed.set(name, await printXlsx(name, bytes));
    }
  }, 240_000);

  it.each(['summary-final', 'summary-provisional'])(
    '%s: a handful of A4 pages, at least one per sheet',
    (name) => {
      const p = printed.get(name) as Printed;
      expect(p.pages).toBeGreaterThanOrEqual(p.headers.size);
      expect(p.pages).toBeLessThanOrEqual(MOST_PAGES);
      expect(p.pageSizes).toHaveLength(p.pages);
      // Portrait or landscape: the shorter side 210 mm, the longer 297 mm.
      for (const size of p.pageSizes) expect([...size].sort((a, b) => a - b)).toEqual(A4_POINTS);
    },
  );

  it.each(['summary-final', 'summary-provisional'])(
    '%s: every page of every sheet holds its first and its last column header',
    (name) => {
      const p = printed.get(name) as Printed;
      const sheets = [...p.headers.keys()];
      const seen = new Set<string>();
      p.pageTexts.forEach((text, i) => {
        const sheet = sheetOfPage(text, sheets);
        expect({ page: i + 1, sheet }).toEqual({ page: i + 1, sheet: expect.any(String) });
        seen.add(sheet as string);
        const [first, last] = p.headers.get(sheet as string) as [string, string];
        expect({ page: i + 1, sheet, first: holds(text, first), last: holds(text, last) }).toEqual({
          page: i + 1,
          sheet,
          first: true,
          last: true,
        });
      });
      expect([...seen]).toEqual(sheets);
    },
  );
});
