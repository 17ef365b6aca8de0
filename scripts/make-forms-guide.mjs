// Writes docs/microsoft-forms-guide.md: the five instruments as Microsoft Forms, generated from
// src/core/instruments.ts and the protocol configuration (src/local/formsGuide.ts).
//
//   node scripts/make-forms-guide.mjs [--out docs/microsoft-forms-guide.md]
//
// A test holds the committed guide to what this writes, so a title cannot drift.
import { Buffer } from 'node:buffer';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GUIDE_PATH = join(ROOT, 'docs', 'microsoft-forms-guide.md');

/** The guide's text, from the TypeScript sources (bundled in memory, nothing written). */
export async function guideText() {
  const bundle = await build({
    entryPoints: [join(ROOT, 'src/local/formsGuide.ts')],
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const source = bundle.outputFiles[0].text;
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
  );
  return module.formsGuideMarkdown();
}

async function main() {
  const at = process.argv.indexOf('--out');
  const out = at >= 0 ? process.argv[at + 1] : GUIDE_PATH;
  await writeFile(out, await guideText(), 'utf8');
  console.log(`Wrote ${out}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`make-forms-guide: ${error.message}`);
    process.exitCode = 2;
  });
}
