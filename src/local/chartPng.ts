/**
 * The baseline-versus-end chart as a PNG image, for summary.xlsx: the same shapes as the
 * HTML's SVG, drawn at twice their size onto pixels, text from the embedded font. Pure and
 * deterministic, so Node and a browser give the same bytes.
 */
import type { DomainOutcome } from '../core/results';
import { CHART_FONT } from './chartFont';
import { CHART_COLOURS, domainChart, type Shape } from './domainChart';
import { encodePng } from './pngEncode';

/** Pixels per chart unit: 26-px glyphs for 13-unit text, sharp when printed. */
export const CHART_IMAGE_SCALE = 2;

type Rgb = readonly [number, number, number];

function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    this.pixels.set(background);
    for (let filled = 3; filled < this.pixels.length; filled *= 2) {
      this.pixels.copyWithin(filled, 0, Math.min(filled, this.pixels.length - filled));
    }
  }

  /** Blends `colour` over the pixel at (x, y) with coverage 0–1. */
  blend(x: number, y: number, colour: Rgb, coverage: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || coverage <= 0) return;
    const at = (y * this.width + x) * 3;
    for (let c = 0; c < 3; c += 1) {
      const under = this.pixels[at + c] ?? 0;
      this.pixels[at + c] = Math.round(under + ((colour[c] ?? 0) - under) * coverage);
    }
  }

  fillRect(x: number, y: number, width: number, height: number, colour: Rgb): void {
    const left = Math.round(x);
    const right = Math.round(x + width);
    const top = Math.round(y);
    const bottom = Math.round(y + height);
    for (let py = top; py < bottom; py += 1) {
      for (let px = left; px < right; px += 1) this.blend(px, py, colour, 1);
    }
  }
}

type Glyph = readonly [number, number, string];

const FALLBACK_GLYPH = '?';

function glyphOf(ch: string): Glyph {
  const glyphs = CHART_FONT.glyphs;
  return glyphs[ch] ?? glyphs[FALLBACK_GLYPH] ?? [0, 0, ''];
}

const decoded = new Map<string, Uint8Array>();

/** A glyph's coverage, one value 0–15 per pixel. */
function coverage(ch: string, glyph: Glyph): Uint8Array {
  const known = decoded.get(ch);
  if (known) return known;
  const packed = Uint8Array.from(atob(glyph[2]), (c) => c.charCodeAt(0));
  const cells = new Uint8Array(packed.length * 2);
  packed.forEach((b, i) => {
    cells[2 * i] = b >> 4;
    cells[2 * i + 1] = b & 0x0f;
  });
  decoded.set(ch, cells);
  return cells;
}

/** The advance of `text` in pixels at the font's own size. */
export function textWidth(text: string): number {
  let sixteenths = 0;
  for (const ch of text) sixteenths += glyphOf(ch)[0];
  return sixteenths / 16;
}

function drawText(raster: Raster, shape: Extract<Shape, { kind: 'text' }>, scale: number): void {
  const width = textWidth(shape.text);
  const offset = shape.anchor === 'end' ? width : shape.anchor === 'middle' ? width / 2 : 0;
  let pen = shape.x * scale - offset;
  const top = Math.round(shape.y * scale) - CHART_FONT.baseline;
  const colour = rgb(shape.fill);
  for (const ch of shape.text) {
    const glyph = glyphOf(ch);
    const cells = coverage(ch, glyph);
    const left = Math.round(pen) - CHART_FONT.pad;
    const cellWidth = glyph[1];
    for (let gy = 0; gy < CHART_FONT.height; gy += 1) {
      for (let gx = 0; gx < cellWidth; gx += 1) {
        raster.blend(left + gx, top + gy, colour, (cells[gy * cellWidth + gx] ?? 0) / 15);
      }
    }
    pen += glyph[0] / 16;
  }
}

/** The chart of `outcomes` as PNG bytes, with its size in pixels. */
export function domainChartPng(outcomes: readonly DomainOutcome[]): {
  png: Uint8Array;
  width: number;
  height: number;
} {
  const chart = domainChart(outcomes, 'wide');
  const scale = CHART_IMAGE_SCALE;
  const raster = new Raster(
    chart.width * scale,
    chart.height * scale,
    rgb(CHART_COLOURS.background),
  );
  for (const shape of chart.shapes) {
    if (shape.kind === 'rect') {
      raster.fillRect(
        shape.x * scale,
        shape.y * scale,
        shape.width * scale,
        shape.height * scale,
        rgb(shape.fill),
      );
    } else {
      drawText(raster, shape, scale);
    }
  }
  return {
    png: encodePng(raster.pixels, raster.width, raster.height),
    width: raster.width,
    height: raster.height,
  };
}
