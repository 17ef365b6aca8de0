// Writes .clasp.json for an existing Apps Script project, so `clasp push` sends dist/ to it.
//   node scripts/clasp-project.mjs <script id or script editor URL> [--force]
// The id is in the script editor: Project Settings → IDs → Script ID (or the part after /d/ in
// the editor's address). clasp's own `create-script` and `clone` stop with "Project file already
// exists." when .clasp.json is present, so this refuses to replace one unless --force is given.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const CONFIG = resolve(process.cwd(), '.clasp.json');
// A script id is long (57 characters today), made of letters, digits, - and _, with digits in it
// (so a placeholder such as REPLACE_WITH_YOUR_SCRIPT_ID is refused).
const SCRIPT_ID = /^(?=.*\d)[A-Za-z0-9_-]{40,}$/;
const EDITOR_URL = /script\.google\.com\/(?:u\/\d+\/)?(?:home\/projects|d)\/([A-Za-z0-9_-]+)/;

/** The script id in `text`, given as the id itself or as the script editor's address. */
export function scriptIdFrom(text) {
  const trimmed = String(text ?? '').trim();
  const fromUrl = EDITOR_URL.exec(trimmed);
  const id = fromUrl ? fromUrl[1] : trimmed;
  return SCRIPT_ID.test(id) ? id : null;
}

/** The .clasp.json Dyad pushes with: the built bundle in dist/. */
export function claspSettings(scriptId) {
  return { scriptId, rootDir: 'dist' };
}

function main(argv) {
  const args = argv.filter((a) => a !== '--force');
  const force = argv.includes('--force');
  if (args.length !== 1) {
    console.error(
      'Usage: node scripts/clasp-project.mjs <script id or script editor URL> [--force]',
    );
    return 2;
  }
  const scriptId = scriptIdFrom(args[0]);
  if (scriptId === null) {
    console.error(
      `"${args[0]}" is not a script id: copy it from the script editor, Project Settings → IDs → Script ID.`,
    );
    return 2;
  }
  if (existsSync(CONFIG) && !force) {
    console.error('.clasp.json already exists: add --force to replace it.');
    return 1;
  }
  writeFileSync(CONFIG, `${JSON.stringify(claspSettings(scriptId), null, 2)}\n`);
  console.log(`Wrote .clasp.json for script ${scriptId} (pushes dist/). Next: npm run push`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
