/**
 * summary.xlsx as a committee pack: every sheet prints on A4, one page wide, its header row
 * repeated and its print area set; dates are dates; the chart is in the workbook as an image
 * drawn from the same shapes as the page's chart.
 */
import ExcelJS from 'exceljs';
import { readPng } from '../browser/support/png';
import { summaryXlsxBytes } from '../../src/local/summaryXlsx';
import { makeOutcome, makeSummary, makeThreshold } from './fixtures';
import { DOMAINS } from '../../src/core/instruments';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook;
}

const WIDE_SHEETS = ['Thresholds', 'Domains'];

describe('summary.xlsx page setup', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await load(await summaryXlsxBytes(makeSummary()));
  });

  it('has the sheets a committee pack needs, the explanation and the stamp among them', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Decision',
      'How to read this',
      'Thresholds',
      'Domains',
      'Chart',
      'RE-AIM',
      'Reproducibility',
    ]);
  });

  it('prints every sheet on A4, one page wide and as long as it needs, header row repeated', () => {
    for (const sheet of workbook.worksheets) {
      const setup = sheet.pageSetup;
      expect({
        sheet: sheet.name,
        paperSize: setup.paperSize,
        fitToPage: setup.fitToPage,
        fitToWidth: setup.fitToWidth,
        fitToHeight: setup.fitToHeight,
        printTitlesRow: setup.printTitlesRow,
        orientation: setup.orientation,
      }).toEqual({
        sheet: sheet.name,
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
        orientation: WIDE_SHEETS.includes(sheet.name) ? 'landscape' : 'portrait',
      });
      expect(setup.margins?.left).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('sets a print area from A1 over every column of every sheet', () => {
    // Thresholds: 9 columns (A–I), a header and 12 thresholds; Domains: 14 columns (A–N), a
    // header, 11 domains and the overall row.
    const areas = Object.fromEntries(
      workbook.worksheets.map((w) => [w.name, w.pageSetup.printArea?.replace(/\$/g, '')]),
    );
    expect(areas.Thresholds).toBe('A1:I13');
    expect(areas.Domains).toBe('A1:N13');
    for (const sheet of workbook.worksheets) expect(areas[sheet.name]).toMatch(/^A1:[A-Z]+\d+$/);
  });

  it('writes the as-of date as a date cell with a date format', () => {
    const decision = workbook.getWorksheet('Decision');
    const asOf = decision?.getColumn(1).values.findIndex((v) => v === 'As of') as number;
    const cell = decision?.getRow(asOf).getCell(2);
    expect(cell?.value).toEqual(new Date('2026-08-10T00:00:00Z'));
    expect(cell?.numFmt).toMatch(/y/);
    expect(cell?.text).not.toBe('2026-08-10');
  });

  it('writes the lock time and each deviation time as dates', () => {
    const sheet = workbook.getWorksheet('Reproducibility');
    const values: unknown[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContainEqual(new Date('2026-01-05T09:00:00Z'));
    expect(values).toContainEqual(new Date('2026-03-02T10:00:00Z'));
  });
});

describe('summary.xlsx chart image', () => {
  it('holds the baseline-versus-end chart as a PNG placed on the Chart sheet', async () => {
    const workbook = await load(await summaryXlsxBytes(makeSummary()));
    const images = workbook.getWorksheet('Chart')?.getImages() ?? [];
    expect(images).toHaveLength(1);
    const media = workbook.getImage(Number(images[0].imageId));
    expect(media.extension).toBe('png');
  });

  /** The chart image of `summary`, read back: its pixel at (x, y) as "#rrggbb". */
  async function chartPixels(summary = makeSummary()): Promise<(x: number, y: number) => string> {
    const workbook = await load(await summaryXlsxBytes(summary));
    const images = workbook.getWorksheet('Chart')?.getImages() ?? [];
    const media = workbook.getImage(Number(images[0].imageId));
    const png = readPng(Buffer.from(media.buffer as unknown as Uint8Array));
    const lines: Buffer[] = [];
    png.scan((line) => lines.push(Buffer.from(line)) > 0);
    return (x, y) =>
      `#${[0, 1, 2].map((c) => lines[y][x * png.channels + c].toString(16).padStart(2, '0')).join('')}`;
  }

  it('draws each bar to its mean on the 0–10 scale, at twice the page chart’s size', async () => {
    // Wide layout: the plot starts 160 units in and is 430 units wide; a row is 32 units below
    // a 30-unit legend, its baseline bar 3 units into the row and 12 high. At 2 px per unit,
    // the second domain (baseline mean 4.2) has its baseline bar from x = 320 px to
    // 320 + 4.2 / 10 × 430 × 2 = 681.2 px, between y = (30 + 32 + 3) × 2 = 130 and 154 px.
    const summary = makeSummary({ outcomes: DOMAINS.map((_, i) => makeOutcome(i)) });
    expect(summary.outcomes[1].baselineMean).toBeCloseTo(4.2);
    const pixel = await chartPixels(summary);
    expect([pixel(321, 140), pixel(680, 140), pixel(683, 140)]).toEqual([
      '#768692',
      '#768692',
      '#ffffff',
    ]);
    expect(pixel(319, 140)).not.toBe('#768692');
    // Its end bar (end mean 4.2 + 1.1 = 5.3) lies just below: 320 + 5.3 / 10 × 860 = 775.8 px.
    expect([pixel(775, 160), pixel(778, 160)]).toEqual(['#005eb8', '#ffffff']);
  });

  it('draws no bar for a domain without paired answers', async () => {
    const outcomes = DOMAINS.map((_, i) =>
      makeOutcome(i, i === 1 ? { n: 0, baselineMean: null, endMean: null, meanChange: null } : {}),
    );
    const pixel = await chartPixels(makeSummary({ outcomes }));
    expect(pixel(400, 140)).toBe('#ffffff');
  });
});

describe('summary.xlsx small numbers', () => {
  it('shows "fewer than 3 — not shown" with the n for a figure held back', async () => {
    const summary = makeSummary({
      thresholds: [makeThreshold('I2', 'insufficient_data', { observed: 6.5, n: 2 })],
      outcomes: DOMAINS.map((_, i) => makeOutcome(i, i === 0 ? { n: 2 } : {})),
    });
    const workbook = await load(await summaryXlsxBytes(summary));
    const i2 = workbook.getWorksheet('Thresholds')?.getRow(2);
    expect(i2?.getCell(5).text).toBe('fewer than 3 — not shown');
    expect(i2?.getCell(7).value).toBe(2);
    expect(i2?.getCell(4).text).toBe('? Insufficient data');
    const domain = workbook.getWorksheet('Domains')?.getRow(2);
    expect(domain?.getCell(4).value).toBe(2);
    expect(domain?.getCell(5).text).toBe('fewer than 3 — not shown');
  });
});
