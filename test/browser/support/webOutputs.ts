/**
 * The command line's files for an input, and the comparison of the page's downloads with them:
 * byte for byte, except what is allowed to differ between two runs of the same input — the
 * time the file was made (a workbook's created/modified properties and its zip entries' dates,
 * the generation time of the reproducibility stamp).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** An ISO date-time, as a generation time is written. */
const DATE_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;

/** Text with the generation time replaced, wherever the stamp writes it. */
export function withoutGenerationTime(text: string): string {
  return text
    .replace(/("generat\w*"\s*:\s*")[^"]*"/gi, '$1<generated>"')
    .replace(
      /(generated[^<\n]{0,40}?)\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?/gi,
      '$1<generated>',
    );
}

/** A workbook's parts, the times it was made blanked out. */
function workbookParts(bytes: Buffer): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, data] of zipEntries(bytes)) {
    let text = data.toString('utf8');
    if (name === 'docProps/core.xml') text = text.replace(DATE_TIME, '<time>');
    parts[name] = withoutGenerationTime(text);
  }
  return parts;
}

/** The comparable form of one file: text with only the generation time normalised. */
export function comparable(name: string, bytes: Buffer): unknown {
  if (name.endsWith('.xlsx')) return workbookParts(bytes);
  return withoutGenerationTime(bytes.toString('utf8'));
}
