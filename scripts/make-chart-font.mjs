/**
 * Writes src/local/chartFont.ts: the glyphs of Liberation Sans at 26 px (the chart's 13-unit
 * text drawn at twice its size), as 4-bit coverage maps with their advance widths, so the
 * chart image is drawn the same way in Node and in a browser without fonts or a canvas.
 * Run once with `node scripts/make-chart-font.mjs` (needs Debian's Chromium and
 * fonts-liberation2); the output is committed.
 */
/* global document, Buffer, URL */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const FONT = '26px "Liberation Sans"';
const HEIGHT = 32;
const BASELINE = 25;
const PAD = 2;
const CHARS = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  '–',
  '−',
  '…',
  '·',
  '≥',
  '≤',
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});
const page = await browser.newPage();
const glyphs = await page.evaluate(
  async ({ chars, font, height, baseline, pad }) => {
    await document.fonts.load(font);
    const out = [];
    for (const ch of chars) {
      const canvas = document.createElement('canvas');
      const probe = canvas.getContext('2d');
      probe.font = font;
      const advance = probe.measureText(ch).width;
      canvas.width = Math.ceil(advance) + 2 * pad;
      canvas.height = height;
      const ctx = canvas.getContext('2d');
      ctx.font = font;
      ctx.fillStyle = '#000';
      ctx.fillText(ch, pad, baseline);
      const { data } = ctx.getImageData(0, 0, canvas.width, height);
      const nibbles = [];
      for (let i = 3; i < data.length; i += 4) nibbles.push(Math.round(data[i] / 17));
      out.push({ ch, advance, width: canvas.width, nibbles });
    }
    return out;
  },
  { chars: CHARS, font: FONT, height: HEIGHT, baseline: BASELINE, pad: PAD },
);
await browser.close();

const pack = (nibbles) => {
  const bytes = new Uint8Array(Math.ceil(nibbles.length / 2));
  nibbles.forEach((n, i) => (bytes[i >> 1] |= i % 2 === 0 ? n << 4 : n));
  return Buffer.from(bytes).toString('base64');
};
const entries = glyphs
  .map(
    (g) =>
      `  ${JSON.stringify(g.ch)}: [${Math.round(g.advance * 16)}, ${g.width}, '${pack(g.nibbles)}'],`,
  )
  .join('\n');
writeFileSync(
  new URL('../src/local/chartFont.ts', import.meta.url),
  `/**
 * Liberation Sans (SIL Open Font License 1.1) at 26 px, as the chart image draws it: per
 * character [advance in 1/16 px, cell width in px, 4-bit coverage rows packed two to a byte,
 * base64]. Cells are ${HEIGHT} px high, the baseline ${BASELINE} px from the top, the glyph ${PAD} px in.
 * Written by scripts/make-chart-font.mjs; do not edit.
 */
/* prettier-ignore */
export const CHART_FONT = {
  size: 26,
  height: ${HEIGHT},
  baseline: ${BASELINE},
  pad: ${PAD},
  glyphs: {
${entries}
  } as Readonly<Record<string, readonly [number, number, string]>>,
};
`,
);
console.log(`chartFont.ts: ${glyphs.length} glyphs`);
