// Bundles the command line (src/local/cli.ts) into build/cli.js for Node 20.
// exceljs and csv-parse are bundled too: one file to load starts faster than resolving
// node_modules (measured with `npm run bench`; see the report in scripts/bench.mjs).
import { build } from 'esbuild';

const external = process.argv.includes('--external') ? ['exceljs', 'csv-parse', 'csv-parse/*'] : [];

await build({
  entryPoints: ['src/local/cli.ts'],
  outfile: 'build/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external,
  legalComments: 'none',
  logLevel: 'warning',
});
