/** Builds dist/ with webpack when it is missing or older than the sources it is made from. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
/** DYAD_DIST runs the tests against another build (an older bundle, to see a test fail on it). */
export const DIST = process.env.DYAD_DIST ?? join(ROOT, 'dist');

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    return Math.max(latest, time);
  }, 0);
}

export function ensureBuilt(): void {
  if (process.env.DYAD_DIST) return;
  const bundle = join(DIST, 'Code.js');
  const sources = Math.max(
    newest(join(ROOT, 'src', 'core')),
    newest(join(ROOT, 'src', 'google')),
    statSync(join(ROOT, 'webpack.config.cjs')).mtimeMs,
    statSync(join(ROOT, 'appsscript.json')).mtimeMs,
  );
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= sources) return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--config', 'webpack.config.cjs'],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
}
