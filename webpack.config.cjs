/**
 * Builds the Apps Script bundle: src/google/main.ts → dist/Code.js, plus the sidebar and
 * dialog HTML files (their shared partials inlined) and the manifest copied beside it (clasp
 * pushes dist/ as it is).
 */
const fs = require('fs');
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');
const { sources, Compilation, DefinePlugin, WebpackError } = require('webpack');
const { version } = require('./package.json');

const HTML_DIR = path.resolve(__dirname, 'src/google/html');
const PARTIALS = 'partials';
const MANIFEST = path.resolve(__dirname, 'appsscript.json');
const INCLUDE_MARKER = /<!--\s*dyad:include\b([^>]*?)-->/g;

/**
 * The page with each `<!-- dyad:include partials/name.html -->` replaced by that partial,
 * indented like the marker. HtmlService serves every file on its own, so the shipped pages must
 * hold their shared styles and scripts inline. Partials do not include partials.
 */
function expandIncludes(page, htmlDir) {
  const shown = (file) => path.relative(process.cwd(), file) || file;
  const partialsDir = path.join(htmlDir, PARTIALS);
  const text = fs.readFileSync(page, 'utf8');
  return text.replace(INCLUDE_MARKER, (marker, target, offset) => {
    const name = target.trim();
    const partial = path.resolve(htmlDir, name);
    const known =
      partial.startsWith(partialsDir + path.sep) &&
      fs.existsSync(partial) &&
      fs.statSync(partial).isFile();
    if (!known) {
      throw new Error(
        `${shown(page)}: unknown include "${name}": an include names a file in ${shown(partialsDir)}`,
      );
    }
    const body = fs.readFileSync(partial, 'utf8').replace(/\n+$/, '');
    if (new RegExp(INCLUDE_MARKER.source).test(body)) {
      throw new Error(`${shown(partial)}: a partial cannot include another (${shown(page)})`);
    }
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const before = text.slice(lineStart, offset);
    const indent = /^[ \t]*$/.test(before) ? before : '';
    return body
      .split('\n')
      .map((line, i) => (i === 0 || line === '' ? line : indent + line))
      .join('\n');
  });
}

/**
 * Emits the pages of `htmlDir` (their includes expanded; the partials are not shipped on their
 * own) and appsscript.json into the output folder. An unknown include fails the build.
 */
class CopyStaticFilesPlugin {
  constructor(htmlDir) {
    this.htmlDir = htmlDir;
  }

  apply(compiler) {
    const { htmlDir } = this;
    compiler.hooks.thisCompilation.tap('CopyStaticFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CopyStaticFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.contextDependencies.add(htmlDir);
          const partialsDir = path.join(htmlDir, PARTIALS);
          if (fs.existsSync(partialsDir)) {
            for (const name of fs.readdirSync(partialsDir)) {
              compilation.fileDependencies.add(path.join(partialsDir, name));
            }
          }
          const pages = fs
            .readdirSync(htmlDir)
            .filter((name) => name.endsWith('.html'))
            .map((name) => path.join(htmlDir, name));
          for (const page of pages) {
            compilation.fileDependencies.add(page);
            try {
              const html = expandIncludes(page, htmlDir);
              compilation.emitAsset(path.basename(page), new sources.RawSource(html));
            } catch (error) {
              compilation.errors.push(new WebpackError(error.message));
            }
          }
          compilation.fileDependencies.add(MANIFEST);
          compilation.emitAsset(
            path.basename(MANIFEST),
            new sources.RawSource(fs.readFileSync(MANIFEST)),
          );
        },
      );
    });
  }
}

/** `--env htmlDir=…` builds the pages of another folder (the build's own tests use it). */
module.exports = (env = {}) => ({
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
  plugins: [
    new GasPlugin({ comment: false }),
    // Dyad's version, for the committee summary's reproducibility stamp (src/google/platform/version.ts).
    new DefinePlugin({ __DYAD_VERSION__: JSON.stringify(version) }),
    new CopyStaticFilesPlugin(env.htmlDir ? path.resolve(env.htmlDir) : HTML_DIR),
  ],
});
