/** The Apps Script bundle: only the core and the Google adapter, loadable as one plain script. */
import { builtinModules } from 'node:module';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { DIST, ROOT, ensureBuilt } from './support/build';

let code = '';

beforeAll(() => {
  ensureBuilt();
  code = readFileSync(join(DIST, 'Code.js'), 'utf8');
}, 120000);

test('requires no Node builtin and bundles no file-format library', () => {
  const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  expect(required.filter((name) => builtins.has(name))).toEqual([]);
  expect(code).not.toMatch(/exceljs|csv-parse|ExcelJS/);
});

test('is small enough for Apps Script', () => {
  expect(statSync(join(DIST, 'Code.js')).size).toBeLessThan(600 * 1024);
});

test('loads in a bare global scope and declares each entry function at the top level', () => {
  const context = createContext({});
  runInContext(code, context);
  const main = readFileSync(join(ROOT, 'src', 'google', 'main.ts'), 'utf8');
  const names = [...main.matchAll(/^global\.(\w+) = /gm)].map((m) => m[1]);
  expect(names.length).toBeGreaterThan(20);
  for (const name of names) {
    expect(code).toMatch(new RegExp(`(^|[;}\\s])function ${name}\\(`));
    expect(typeof (context as Record<string, unknown>)[name]).toBe('function');
  }
});

test('ships the manifest and every sidebar and dialog beside the code', () => {
  const html = readdirSync(join(ROOT, 'src', 'google', 'html')).filter((f) => f.endsWith('.html'));
  for (const file of [...html, 'appsscript.json']) expect(readdirSync(DIST)).toContain(file);
  const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.timeZone).toBe('Europe/London');
  expect(manifest.oauthScopes.some((s: string) => s.includes('/auth/drive'))).toBe(false);
});
