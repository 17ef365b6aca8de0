/**
 * Apps Script runs the statistics in a bare V8 runtime: no window, no process, no require.
 * Bundling them the way a browser-targeted build does and running the bundle there proves the
 * distribution libraries they use need nothing from a host.
 */
import { buildSync } from 'esbuild';
import path from 'path';
import vm from 'vm';
import { holmAdjust } from '../../src/core/stats/holm';
import { pairedStatistics } from '../../src/core/stats/paired';

const pairs = [
  { baseline: 3, end: 6 },
  { baseline: 4, end: 5 },
  { baseline: 6, end: 5 },
  { baseline: 2, end: 8 },
];

function runBundled(): unknown {
  const bundle = buildSync({
    entryPoints: [path.resolve(__dirname, '../../src/core/stats/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'DyadStats',
    platform: 'browser',
    target: 'es2019',
    logLevel: 'silent',
  });
  const context = vm.createContext({ pairs });
  vm.runInContext(
    `${bundle.outputFiles[0].text};
     var result = JSON.stringify([DyadStats.pairedStatistics(pairs), DyadStats.holmAdjust([0.01, null, 0.04])]);`,
    context,
  );
  return JSON.parse(context.result as string);
}

describe('statistics in a bare runtime', () => {
  it('give the same answers as under Node', () => {
    expect(runBundled()).toEqual(
      JSON.parse(JSON.stringify([pairedStatistics(pairs), holmAdjust([0.01, null, 0.04])])),
    );
  });
});
