/** scripts/clasp-project.mjs writes the .clasp.json that `npm run push` needs, from a script id. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'clasp-project.mjs');
const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdefghijklmnopq';

function run(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8' });
}

test('writes scriptId and rootDir dist from an id or the script editor address', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clasp-'));
  expect(run(dir, ID).status).toBe(0);
  expect(JSON.parse(readFileSync(join(dir, '.clasp.json'), 'utf8'))).toEqual({
    scriptId: ID,
    rootDir: 'dist',
  });
  const other = mkdtempSync(join(tmpdir(), 'clasp-'));
  expect(run(other, `https://script.google.com/u/0/home/projects/${ID}/edit`).status).toBe(0);
  expect(JSON.parse(readFileSync(join(other, '.clasp.json'), 'utf8')).scriptId).toBe(ID);
});

test('refuses to replace an existing .clasp.json without --force, and refuses what is not an id', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clasp-'));
  writeFileSync(join(dir, '.clasp.json'), '{"scriptId":"old","rootDir":"dist"}');
  const refused = run(dir, ID);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain('--force');
  expect(JSON.parse(readFileSync(join(dir, '.clasp.json'), 'utf8')).scriptId).toBe('old');
  expect(run(dir, ID, '--force').status).toBe(0);
  expect(JSON.parse(readFileSync(join(dir, '.clasp.json'), 'utf8')).scriptId).toBe(ID);
  const empty = mkdtempSync(join(tmpdir(), 'clasp-'));
  const bad = run(empty, 'REPLACE_WITH_YOUR_SCRIPT_ID');
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('Script ID');
  expect(existsSync(join(empty, '.clasp.json'))).toBe(false);
});

test('the repository holds no script id: .clasp.json is ignored and only the example is committed', () => {
  const root = join(__dirname, '..', '..');
  expect(readFileSync(join(root, '.gitignore'), 'utf8').split('\n')).toContain('.clasp.json');
  const example = JSON.parse(readFileSync(join(root, '.clasp.json.example'), 'utf8'));
  expect(example.rootDir).toBe('dist');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  expect(pkg.scripts.push).toBe('npm run build && clasp push --force');
});
