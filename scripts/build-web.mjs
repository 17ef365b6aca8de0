// Builds build/dyad.html: the whole of Dyad for the browser in one file the Programme Lead
// opens from disk. The engine, the readers and the writers (exceljs's browser build included)
// run in a worker made from a string inside the page; the page's own script and style are
// inline and allowed by their SHA-256 alone. The Content-Security-Policy forbids every other
// source, so the page cannot fetch, send or load anything.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const OUT = 'build/dyad.html';
const BUDGET_BYTES = 3 * 1024 * 1024;

export const PRIVACY_STATEMENT =
  'Dyad runs entirely inside this browser tab. The files you choose are read from your computer ' +
  "into this page's memory and never sent anywhere: the page cannot make network connections " +
  '(its security policy forbids them). Closing the tab discards everything.';

const COMMON = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: ['chrome109', 'edge109'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
};

/**
 * The JSON writers' modules also hold the command line's file-writing step, which the page
 * never calls: their Node imports get stubs that throw. Any other Node import fails the build.
 */
const NODE_STUBS = {
  'node:fs/promises': ['writeFile'],
  'node:path': ['join'],
};
const STUBBED_IMPORTERS = /src[\\/]local[\\/](writeMatches|writeSummaryJson)\.ts$/;

const nodeStubs = {
  name: 'node-stubs',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) =>
      NODE_STUBS[args.path] && STUBBED_IMPORTERS.test(args.importer)
        ? { path: args.path, namespace: 'node-stub' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'node-stub' }, (args) => ({
      contents: NODE_STUBS[args.path]
        .map(
          (name) =>
            `export function ${name}() { throw new Error('${args.path} is not in the page'); }`,
        )
        .join('\n'),
      loader: 'js',
    }));
  },
};

async function bundle(entry, define = {}) {
  const result = await build({ ...COMMON, entryPoints: [entry], define, plugins: [nodeStubs] });
  return result.outputFiles[0].text;
}

/** Script text that cannot end its <script> element or open an HTML comment early. */
function inlineSafe(script) {
  return script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch],
  );

export function contentSecurityPolicy(script, style) {
  return [
    "default-src 'none'",
    `script-src ${hash(script)}`,
    `style-src ${hash(style)}`,
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

async function main() {
  const { version } = JSON.parse(await readFile('package.json', 'utf8'));
  const worker = await bundle('src/web/worker.ts');
  const script = inlineSafe(
    await bundle('src/web/page.ts', { DYAD_WORKER_SOURCE: JSON.stringify(worker) }),
  );
  const style = await readFile('src/web/page.css', 'utf8');
  const template = await readFile('src/web/page.html', 'utf8');
  const values = {
    CSP: contentSecurityPolicy(script, style),
    STYLE: style,
    SCRIPT: script,
    PRIVACY: escapeHtml(PRIVACY_STATEMENT),
    VERSION: escapeHtml(version),
  };
  // One pass, so a placeholder-like text inside the script is never replaced. The style and
  // script replace their whole element's content, whatever the template's indentation, so the
  // hashes in the policy are of exactly what the browser reads.
  const html = template
    .replace(/<style>\s*%STYLE%\s*<\/style>/, '<style>%STYLE%</style>')
    .replace(/<script>\s*%SCRIPT%\s*<\/script>/, '<script>%SCRIPT%</script>')
    .replace(/%(CSP|STYLE|SCRIPT|PRIVACY|VERSION)%/g, (_, key) => values[key]);
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > BUDGET_BYTES) {
    throw new Error(`${OUT} is ${(bytes / 1048576).toFixed(2)} MB, over the 3 MB budget`);
  }
  await mkdir('build', { recursive: true });
  await writeFile(OUT, html, 'utf8');
  console.log(`${OUT}: ${(bytes / 1048576).toFixed(2)} MB`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`build:web: ${error.message}`);
    process.exitCode = 1;
  });
}
