/**
 * A tiny PNG reader, enough for Chromium's screenshots (8-bit RGB or RGBA, not interlaced):
 * it answers how many distinct colours an image holds, so a test can tell a blank screen.
 */
import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

interface Chunks {
  header: Buffer;
  data: Buffer;
}

function readChunks(png: Buffer): Chunks {
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let header: Buffer | null = null;
  const data: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    if (type === 'IEND') break;
    at += 12 + length;
  }
  if (header === null || data.length === 0) throw new Error('PNG without header or image data');
  return { header, data: Buffer.concat(data) };
}

function paeth(left: number, up: number, upLeft: number): number {
  const p = left + up - upLeft;
  const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
  if (pa <= pb && pa <= pc) return left;
  return pb <= pc ? up : upLeft;
}

/** Undoes one scanline's filter in place, given the previous (already unfiltered) line. */
function unfilterLine(
  filter: number,
  line: Buffer,
  previous: Buffer | null,
  channels: number,
): void {
  for (let x = 0; x < line.length; x++) {
    const left = x >= channels ? line[x - channels] : 0;
    const up = previous === null ? 0 : previous[x];
    const upLeft = previous === null || x < channels ? 0 : previous[x - channels];
    let predictor: number;
    if (filter === 0) return;
    else if (filter === 1) predictor = left;
    else if (filter === 2) predictor = up;
    else if (filter === 3) predictor = (left + up) >> 1;
    else if (filter === 4) predictor = paeth(left, up, upLeft);
    else throw new Error(`unknown PNG filter ${filter}`);
    line[x] = (line[x] + predictor) & 0xff;
  }
}

export interface PngImage {
  width: number;
  height: number;
  channels: number;
  /** Calls `visit` with each unfiltered scanline, top to bottom, until it answers false. */
  scan(visit: (line: Buffer) => boolean): void;
}

export function readPng(png: Buffer): PngImage {
  const { header, data } = readChunks(png);
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  const [bitDepth, colourType, interlace] = [header[8], header[9], header[12]];
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (bitDepth !== 8 || channels === 0 || interlace !== 0) {
    throw new Error(`unsupported PNG (depth ${bitDepth}, colour type ${colourType})`);
  }
  const raw = inflateSync(data);
  const stride = width * channels;
  if (raw.length < (stride + 1) * height) throw new Error('PNG image data is cut short');
  const scan = (visit: (line: Buffer) => boolean): void => {
    let previous: Buffer | null = null;
    for (let y = 0; y < height; y++) {
      const start = y * (stride + 1);
      const line = raw.subarray(start + 1, start + 1 + stride);
      unfilterLine(raw[start], line, previous, channels);
      if (!visit(line)) return;
      previous = line;
    }
  };
  return { width, height, channels, scan };
}

/** The number of distinct colours in the image (alpha ignored), counting no further than `enough`. */
export function distinctColours(png: Buffer, enough = Infinity): number {
  const image = readPng(png);
  const seen = new Set<number>();
  image.scan((line) => {
    for (let i = 0; i < line.length; i += image.channels) {
      seen.add((line[i] << 16) | (line[i + 1] << 8) | line[i + 2]);
    }
    return seen.size < enough;
  });
  return seen.size;
}
