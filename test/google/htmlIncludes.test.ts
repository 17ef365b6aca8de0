/**
 * The sidebars and dialogs share their styles, scripts and markup through partials
 * (src/google/html/partials), which the build inlines: HtmlService serves each shipped file on
 * its own, so every dist/*.html must stand alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, ensureBuilt } from './support/build';

const HTML_DIR = join(ROOT, 'src', 'google', 'html');
const PARTIALS_DIR = join(HTML_DIR, 'partials');
const MARKER = /dyad:include/;

const pages = readdirSync(HTML_DIR).filter((name) => name.endsWith('.html'));
const partials = readdirSync(PARTIALS_DIR).filter((name) => name.endsWith('.html'));

/** The text with every run of white space made one space, so indentation does not count. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function partial(name: string): string {
  return readFileSync(join(PARTIALS_DIR, name), 'utf8');
}

function shipped(page: string): string {
  return readFileSync(join(DIST, page), 'utf8');
}

/** Builds the pages of `htmlDir` into `outDir` with the project's webpack configuration. */
function build(htmlDir: string, outDir: string): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'),
      '--config',
      'webpack.config.cjs',
      '--env',
      `htmlDir=${htmlDir}`,
      '--output-path',
      outDir,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

beforeAll(() => {
  ensureBuilt();
}, 120000);

describe('the shipped sidebars and dialogs', () => {
  it('are the pages of src/google/html, without the partials', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(partials.length).toBeGreaterThan(0);
    const dist = readdirSync(DIST);
    for (const page of pages) expect(dist).toContain(page);
    for (const name of partials) expect(dist).not.toContain(name);
    expect(dist).not.toContain('partials');
  });

  it.each(pages)('%s keeps no include marker and holds each partial it names', (page) => {
    const source = readFileSync(join(HTML_DIR, page), 'utf8');
    const named = [...source.matchAll(/dyad:include\s+partials\/(\S+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    const html = shipped(page);
    expect(html).not.toMatch(MARKER);
    for (const name of named) expect(flat(html)).toContain(flat(partial(name)));
  });

  it.each(pages)('%s holds the shared styles and the head every screen shares', (page) => {
    const html = flat(shipped(page));
    expect(html).toContain(flat(partial('sidebar.css.html')));
    expect(html).toContain(flat(partial('head.html')));
    expect(html).toContain('<base target="_top" />');
    expect(html.match(/<html\b/g)).toHaveLength(1);
  });
});

describe('the build', () => {
  let dir = '';

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-includes-'));
    mkdirSync(join(dir, 'html', 'partials'), { recursive: true });
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('puts each partial where its marker stands, indented like the marker', () => {
    writeFileSync(
      join(dir, 'html', 'partials', 'rule.css.html'),
      '<style>\n  p {\n    margin: 0;\n  }\n</style>\n',
    );
    writeFileSync(
      join(dir, 'html', 'page.html'),
      '<html>\n  <head>\n    <!-- dyad:include partials/rule.css.html -->\n    <title>T</title>\n  </head>\n</html>\n',
    );
    const { status, output } = build(join(dir, 'html'), join(dir, 'out'));
    expect({ status, output: status === 0 ? '' : output }).toEqual({ status: 0, output: '' });
    expect(readFileSync(join(dir, 'out', 'page.html'), 'utf8')).toBe(
      '<html>\n  <head>\n    <style>\n      p {\n        margin: 0;\n      }\n    </style>\n    <title>T</title>\n  </head>\n</html>\n',
    );
    expect(readdirSync(join(dir, 'out'))).not.toContain('rule.css.html');
    expect(readdirSync(join(dir, 'out'))).not.toContain('partials');
  }, 60000);

  it('fails on an unknown include, naming the page and the include, and ships nothing', () => {
    writeFileSync(join(dir, 'html', 'partials', 'known.html'), '<p>known</p>\n');
    writeFileSync(
      join(dir, 'html', 'page.html'),
      '<html>\n  <body>\n    <!-- dyad:include partials/known.html -->\n    <!-- dyad:include partials/missing.html -->\n  </body>\n</html>\n',
    );
    const { status, output } = build(join(dir, 'html'), join(dir, 'out'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/page\.html: unknown include "partials\/missing\.html"/);
    expect(() => readFileSync(join(dir, 'out', 'page.html'))).toThrow();
  }, 60000);

  it('fails on an include outside the partials folder', () => {
    writeFileSync(join(dir, 'html', 'other.html'), '<p>a page</p>\n');
    writeFileSync(
      join(dir, 'html', 'page.html'),
      '<html>\n  <body>\n    <!-- dyad:include other.html -->\n  </body>\n</html>\n',
    );
    const { status, output } = build(join(dir, 'html'), join(dir, 'out'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/page\.html: unknown include "other\.html"/);
  }, 60000);
});
