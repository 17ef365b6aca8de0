// Times the built command line on a large synthetic cohort: 1,000 mentees, 600 mentors of
// capacity 2 and 1,000 confirmed pairs with check-ins and feedback. Whole commands are timed,
// Node start-up included; each runs a few times and the median and fastest are reported.
// Target: each command under 1 s. Afterwards every scripts/bench/*.mjs is run in name order.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_AS_OF, syntheticCohort, writeCsvFolder, writeWorkbook } from './make-examples.mjs';

const REPEATS = 5;
const TARGET_MS = 1000;
const COHORT = { mentees: 1000, mentors: 600, pairs: 1000, seed: 2026 };

function time(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['build/cli.js', ...args], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    throw new Error(
      `node build/cli.js ${args.join(' ')} ended with ${result.status}: ${result.stderr.trim()}`,
    );
  }
  return ms;
}

function measure(label, args) {
  time(args); // warm the file cache
  const runs = Array.from({ length: REPEATS }, () => time(args)).sort((a, b) => a - b);
  return { label, median: runs[Math.floor(runs.length / 2)], min: runs[0] };
}

function printTable(rows) {
  const head = ['command', 'median ms', 'min ms', `under ${TARGET_MS} ms`];
  const body = rows.map((r) => [
    r.label,
    r.median.toFixed(0),
    r.min.toFixed(0),
    r.median < TARGET_MS ? 'yes' : 'NO',
  ]);
  const widths = head.map((_, c) => Math.max(...[head, ...body].map((row) => row[c].length)));
  for (const row of [head, ...body])
    console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
}

function runBenchHooks() {
  const dir = 'scripts/bench';
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.mjs'))
    .sort()) {
    console.log(`\n${join(dir, file)}`);
    spawnSync(process.execPath, [join(dir, file)], { stdio: 'inherit' });
  }
}

async function main() {
  if (!existsSync('build/cli.js'))
    throw new Error('build/cli.js is missing: run npm run build:cli first');
  const work = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  try {
    const full = join(work, 'cohort');
    const tables = syntheticCohort(COHORT);
    await writeCsvFolder(full, tables);
    await writeWorkbook(join(work, 'cohort.xlsx'), tables);
    const unpaired = join(work, 'applicants');
    await writeCsvFolder(unpaired, {
      ...tables,
      pairs: [],
      'check-in': [],
      'mentee-feedback': [],
      'mentor-feedback': [],
    });
    const out = join(work, 'out');
    console.log(
      `Cohort: ${COHORT.mentees} mentees, ${COHORT.mentors} mentors (capacity 2), ${COHORT.pairs} confirmed pairs, ` +
        `${tables['check-in'].length} check-ins, ${tables['mentee-feedback'].length + tables['mentor-feedback'].length} feedback answers. ` +
        `${REPEATS} runs each, Node start-up included.\n`,
    );
    printTable([
      measure('match (1,000 pairs confirmed)', ['match', full, '--out', out]),
      measure('match (no pairs yet: full assignment)', ['match', unpaired, '--out', out]),
      measure('evaluate (CSV folder)', [
        'evaluate',
        full,
        '--as-of',
        SAMPLE_AS_OF.final,
        '--out',
        out,
      ]),
      measure('evaluate (.xlsx workbook)', [
        'evaluate',
        join(work, 'cohort.xlsx'),
        '--as-of',
        SAMPLE_AS_OF.final,
        '--out',
        out,
      ]),
      measure('--help (start-up only)', ['--help']),
    ]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  runBenchHooks();
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
