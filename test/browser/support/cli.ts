/** The command line as the Lead runs it: `node build/cli.js evaluate <folder> --as-of … --out …`. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { IsoDate } from '../../../src/core/records';

export const CLI_PATH = resolve(__dirname, '../../../build/cli.js');

/** Runs `evaluate` on `folder` as of `asOf` and answers the summary.html it wrote. */
export function evaluateWithCli(folder: string, asOf: IsoDate): string {
  if (!existsSync(CLI_PATH)) {
    throw new Error(`${CLI_PATH} is missing: run "npm run build:cli" (npm run test:browser does)`);
  }
  const out = mkdtempSync(join(tmpdir(), 'dyad-summary-'));
  execFileSync(process.execPath, [CLI_PATH, 'evaluate', folder, '--as-of', asOf, '--out', out], {
    stdio: 'pipe',
  });
  return readFileSync(join(out, 'summary.html'), 'utf8');
}
