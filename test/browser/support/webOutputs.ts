/**
 * The command line's files for an input, and the comparison of the page's downloads with them:
 * byte for byte, except what differs between two runs of the same input: the reproducibility
 * stamp's generation time, and its command (the command line names its own input and output
 * folders; the page, which cannot know them, names them in words).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { IsoDate } from '../../../src/core/records';
import { CLI_PATH } from './cli';
import { zipEntries } from './zipEntries';

export type Files = Map<string, Buffer>;

/** Runs `node build/cli.js match|evaluate <input> …` and answers the files it wrote. */
export function cliFiles(
  command: 'match' | 'evaluate',
  input: string,
  asOf: IsoDate | null = null,
): Files {
  if (!existsSync(CLI_PATH)) {
    throw new Error(`${CLI_PATH} is missing: run "npm run build:cli" (npm run test:browser does)`);
  }
  const out = mkdtempSync(join(tmpdir(), 'dyad-web-cli-'));
  const args = [CLI_PATH, command, input, ...(asOf ? ['--as-of', asOf] : []), '--out', out];
  execFileSync(process.execPath, args, { stdio: 'pipe' });
  return new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
}

/** What a run writes that differs between two runs of the same input: when, and from where. */
interface RunSpecific {
  generatedAt: string;
  command: string;
}

const GENERATED = '<generated>';
const COMMAND = '<command>';

function runSpecific(files: Files): RunSpecific | null {
  const json = files.get('summary.json');
  if (json === undefined) return null;
  const stamp = (JSON.parse(json.toString('utf8')) as { stamp?: RunSpecific }).stamp;
  return stamp ? { generatedAt: stamp.generatedAt, command: stamp.command } : null;
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[ch]};`,
  );

function replaceAll(text: string, what: string, by: string): string {
  return what === '' ? text : text.split(what).join(by);
}

/** Text with the run's generation time and command replaced wherever they are written. */
function withoutRunSpecific(text: string, run: RunSpecific | null): string {
  if (run === null) return text;
  let out = text;
  for (const command of [
    JSON.stringify(run.command).slice(1, -1),
    escapeHtml(run.command),
    run.command,
  ]) {
    out = replaceAll(out, command, COMMAND);
  }
  out = replaceAll(out, run.generatedAt, GENERATED);
  // A generation time written for people ("29 November 2026 14:35 UTC").
  return out.replace(
    /(Generated[^0-9]{0,60})\d{1,2} \w+ \d{4}(,| at)? \d{2}:\d{2}(:\d{2})?( UTC)?/g,
    `$1${GENERATED}`,
  );
}

/** Labels in summary.xlsx whose value cell holds the generation time or the command. */
const RUN_SPECIFIC_LABELS = new Set(['Generated', 'Command that makes it again']);

type CellView = { value: unknown; numFmt?: string; font?: unknown; fill?: unknown };

/** Every sheet's cells, values with their formats, the run-specific cells blanked. */
async function workbookContent(bytes: Buffer): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: CellView[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const label = String(row.getCell(1).value ?? '');
      const cells: CellView[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        const blank = column === 2 && RUN_SPECIFIC_LABELS.has(label);
        cells.push({
          value: blank ? GENERATED : cell.value,
          numFmt: cell.numFmt,
          font: cell.font,
          fill: cell.fill,
        });
      });
      rows.push(cells);
    });
    return { name: sheet.name, rows, columns: sheet.columns?.map((c) => c.width) };
  });
}

/** The parts of a workbook that hold no cell values, byte for byte (times set by the as-of date). */
function workbookFrame(bytes: Buffer): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, data] of zipEntries(bytes)) {
    if (!/^xl\/(worksheets\/sheet\d+\.xml|sharedStrings\.xml)$/.test(name)) {
      parts[name] = data.toString('utf8');
    }
  }
  return parts;
}

/** The comparable form of each file: everything but the run's generation time and command. */
export async function comparableFiles(files: Files): Promise<Record<string, unknown>> {
  const run = runSpecific(files);
  const out: Record<string, unknown> = {};
  for (const [name, bytes] of files) {
    out[name] = name.endsWith('.xlsx')
      ? { frame: workbookFrame(bytes), cells: await workbookContent(bytes) }
      : withoutRunSpecific(bytes.toString('utf8'), run);
  }
  return out;
}
