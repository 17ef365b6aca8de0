/**
 * Builds the Apps Script bundle: src/google/main.ts → dist/Code.js, plus the sidebar and
 * dialog HTML files and the manifest copied beside it (clasp pushes dist/ as it is).
 */
const fs = require('fs');
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');
const { sources, Compilation } = require('webpack');

const HTML_DIR = path.resolve(__dirname, 'src/google/html');
const MANIFEST = path.resolve(__dirname, 'appsscript.json');

/** Emits the HTML files and appsscript.json into the output folder unchanged. */
class CopyStaticFilesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyStaticFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CopyStaticFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const files = fs
            .readdirSync(HTML_DIR)
            .filter((name) => name.endsWith('.html'))
            .map((name) => path.join(HTML_DIR, name))
            .concat([MANIFEST]);
          for (const file of files) {
            compilation.fileDependencies.add(file);
            compilation.emitAsset(
              path.basename(file),
              new sources.RawSource(fs.readFileSync(file)),
            );
          }
        },
      );
    });
  }
}

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/google/main.ts',
  target: ['web', 'es2019'],
  devtool: false,
  output: { path: path.resolve(__dirname, 'dist'), filename: 'Code.js', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      { test: /\.ts$/, loader: 'esbuild-loader', options: { loader: 'ts', target: 'es2019' } },
    ],
  },
  // Minified to stay well under Apps Script's size limits. `format: undefined` keeps the output a
  // plain script, so the entry functions stay top-level declarations Apps Script can call. The
  // statistics library's licence notices are kept at the end of the file (Apps Script would
  // not take a separate .txt file).
  optimization: {
    minimize: true,
    minimizer: [
      new EsbuildPlugin({
        target: 'es2019',
        format: undefined,
        legalComments: 'eof',
      }),
    ],
  },
  performance: { hints: false },
  plugins: [new GasPlugin({ comment: false }), new CopyStaticFilesPlugin()],
};
