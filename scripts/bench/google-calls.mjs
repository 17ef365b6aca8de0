#!/usr/bin/env node
/**
 * Spreadsheet service calls per Lead action at 10, 100 and 500 pairs, through the built
 * Apps Script bundle and the in-memory fakes. Batched reads and writes mean the counts should
 * not grow with the cohort. Builds dist/ first when it is missing.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);

if (!existsSync(join(dist, 'Code.js'))) {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--config', 'webpack.config.cjs'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

const out = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
try {
  const bundle = join(out, 'cohort.cjs');
  await build({
    entryPoints: [join(root, 'test', 'google', 'support', 'cohort.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    logLevel: 'error',
  });
  const { runCohort } = createRequire(import.meta.url)(bundle);
  const results = (sizes.length > 0 ? sizes : [10, 100, 500]).map((pairs) =>
    runCohort(dist, pairs),
  );
  const actions = Object.keys(results[0].calls);
  console.log('Spreadsheet service calls per action (time in ms, in-memory fakes)');
  console.log(
    ['action'.padEnd(24), ...results.map((r) => `${r.pairs} pairs`.padStart(16))].join(''),
  );
  for (const action of actions) {
    const cells = results.map((r) => `${r.calls[action]} (${r.millis[action]} ms)`.padStart(16));
    console.log([action.padEnd(24), ...cells].join(''));
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
