// The demo: match and evaluate the shipped sample programme with the built command line,
// printing both outputs. `npm run demo` builds build/cli.js first; files go to out/demo/.
import { spawnSync } from 'node:child_process';

const SAMPLE = 'examples/sample-programme';
const OUT = 'out/demo';
// Three weeks after the sample pilot's end date (12/07/2026): every threshold can be assessed.
const AS_OF = '2026-08-02';

function run(args) {
  console.log(`$ node build/cli.js ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, ['build/cli.js', ...args], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`demo: the command above ended with exit code ${result.status ?? result.signal}`);
    process.exit(result.status ?? 1);
  }
  console.log('');
}

run(['match', SAMPLE, '--out', OUT]);
run(['evaluate', SAMPLE, '--as-of', AS_OF, '--out', OUT]);
console.log(
  `Open ${OUT}/summary.html in a browser, or ${OUT}/summary.xlsx, for the committee's view.`,
);
