// Times the built command line on a large synthetic cohort: 1,000 mentees, 600 mentors of
// capacity 2 and 1,000 confirmed pairs with check-ins and feedback. Whole commands are timed,
// Node start-up included; each runs a few times and the median and fastest are reported.
// Target: each command under 1 s. Afterwards every scripts/bench/*.mjs is run in name order.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_AS_OF, syntheticCohort, writeCsvFolder, writeWorkbook } from './make-examples.mjs';

const REPEATS = 5;
const TARGET_MS = 1000;
const COHORT = { mentees: 1000, mentors: 600, pairs: 1000, seed: 2026 };

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);

/** One run: wall-clock ms, and CPU ms (user + system) when GNU time is there to tell. */
function time(args) {
  const command = hasGnuTime
    ? [GNU_TIME, ['-f', '%U %S', process.execPath, 'build/cli.js', ...args]]
    : [process.execPath, ['build/cli.js', ...args]];
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command[1], { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    throw new Error(
      `node build/cli.js ${args.join(' ')} ended with ${result.status}: ${result.stderr.trim()}`,
    );
  }
  const cpuLine = hasGnuTime ? result.stderr.trim().split('\n').pop() : '';
  const cpu = cpuLine ? cpuLine.split(' ').reduce((sum, s) => sum + Number(s) * 1000, 0) : NaN;
  return { wall, cpu };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function measure(label, args) {
  time(args); // warm the file cache
  const runs = Array.from({ length: REPEATS }, () => time(args));
  const walls = runs.map((r) => r.wall);
  return {
    label,
    median: median(walls),
    min: Math.min(...walls),
    cpu: median(runs.map((r) => r.cpu)),
  };
}

function printTable(rows) {
  const head = ['command', 'median ms', 'min ms', 'median CPU ms', `under ${TARGET_MS} ms`];
  const body = rows.map((r) => [
    r.label,
    r.median.toFixed(0),
    r.min.toFixed(0),
    Number.isNaN(r.cpu) ? '–' : r.cpu.toFixed(0),
    r.median < TARGET_MS ? 'yes' : r.min < TARGET_MS ? 'min only' : 'NO',
  ]);
  const widths = head.map((_, c) => Math.max(...[head, ...body].map((row) => row[c].length)));
  for (const row of [head, ...body])
    console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
  const [load] = loadavg();
  const cores = availableParallelism();
  console.log(
    `\nLoad average ${load.toFixed(1)} on ${cores} cores${load > cores ? ': the machine is busy, wall times are inflated; CPU time is the steadier measure' : ''}.`,
  );
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
