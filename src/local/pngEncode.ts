/**
 * A small PNG encoder for an RGB image: each row filtered (Sub or Up, whichever leaves smaller
 * values), then deflated with the fixed Huffman codes and run-length matches, which a chart of
 * flat colours compresses well. Pure and deterministic: the same pixels give the same bytes in
 * Node and in a browser, with no zlib and no canvas.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i += 1) {
    c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  }
  return c;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    a = (a + (bytes[i] ?? 0)) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** Writes bits least significant first, as deflate packs them. */
class BitWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;
  private bit = 0;
  private current = 0;

  /** `count` (at most 16) low bits of `value`. */
  write(value: number, count: number): void {
    this.current |= (value & ((1 << count) - 1)) << this.bit;
    this.bit += count;
    while (this.bit >= 8) {
      this.push(this.current & 0xff);
      this.current >>>= 8;
      this.bit -= 8;
    }
  }

  /** A Huffman code, written most significant bit first. */
  writeCode(code: number, count: number): void {
    let reversed = 0;
    for (let i = 0; i < count; i += 1) reversed |= ((code >>> i) & 1) << (count - 1 - i);
    this.write(reversed, count);
  }

  finish(): Uint8Array {
    if (this.bit > 0) this.push(this.current & 0xff);
    this.current = 0;
    this.bit = 0;
    return this.bytes.slice(0, this.length);
  }

  private push(byte: number): void {
    if (this.length === this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    this.bytes[this.length] = byte;
    this.length += 1;
  }
}

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258,
];
const LENGTH_EXTRA = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const MIN_MATCH = 3;
const MAX_MATCH = 258;

/** A literal/length symbol in the fixed Huffman code (RFC 1951, 3.2.6). */
function writeSymbol(out: BitWriter, symbol: number): void {
  if (symbol < 144) out.writeCode(0x30 + symbol, 8);
  else if (symbol < 256) out.writeCode(0x190 + symbol - 144, 9);
  else if (symbol < 280) out.writeCode(symbol - 256, 7);
  else out.writeCode(0xc0 + symbol - 280, 8);
}

function writeRepeat(out: BitWriter, length: number): void {
  let index = LENGTH_BASE.length - 1;
  while ((LENGTH_BASE[index] ?? 0) > length) index -= 1;
  writeSymbol(out, 257 + index);
  out.write(length - (LENGTH_BASE[index] ?? 0), LENGTH_EXTRA[index] ?? 0);
  out.writeCode(0, 5); // distance code 0: one byte back
}

/** Deflate in one fixed-Huffman block; a run of a repeated byte becomes a distance-1 match. */
export function deflateRuns(data: Uint8Array): Uint8Array {
  const out = new BitWriter();
  out.write(1, 1); // last block
  out.write(1, 2); // fixed Huffman codes
  let i = 0;
  while (i < data.length) {
    let run = 0;
    if (i > 0) {
      while (run < MAX_MATCH && i + run < data.length && data[i + run] === data[i - 1]) run += 1;
    }
    if (run >= MIN_MATCH) {
      writeRepeat(out, run);
      i += run;
    } else {
      writeSymbol(out, data[i] ?? 0);
      i += 1;
    }
  }
  writeSymbol(out, 256);
  return out.finish();
}

function zlib(data: Uint8Array): Uint8Array {
  const deflated = deflateRuns(data);
  const out = new Uint8Array(deflated.length + 6);
  out[0] = 0x78;
  out[1] = 0x01;
  out.set(deflated, 2);
  new DataView(out.buffer).setUint32(out.length - 4, adler32(data));
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length + 12);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, (crc32(out.subarray(4, 8 + data.length)) ^ 0xffffffff) >>> 0);
  return out;
}

/** A filtered byte read as a signed difference, by size: 255 is as small as 1. */
function distanceFromZero(byte: number): number {
  return byte < 128 ? byte : 256 - byte;
}

/** Each row with its filter byte: Sub or Up, whichever leaves the smaller sum of values. */
function filterRows(rgb: Uint8Array, width: number, height: number): Uint8Array {
  const stride = width * 3;
  const out = new Uint8Array((stride + 1) * height);
  const sub = new Uint8Array(stride);
  const up = new Uint8Array(stride);
  for (let y = 0; y < height; y += 1) {
    const row = y * stride;
    let subCost = 0;
    let upCost = 0;
    for (let x = 0; x < stride; x += 1) {
      const value = rgb[row + x] ?? 0;
      sub[x] = (value - (x >= 3 ? (rgb[row + x - 3] ?? 0) : 0)) & 0xff;
      up[x] = (value - (y > 0 ? (rgb[row - stride + x] ?? 0) : 0)) & 0xff;
      subCost += distanceFromZero(sub[x] ?? 0);
      upCost += distanceFromZero(up[x] ?? 0);
    }
    const useUp = y > 0 && upCost < subCost;
    out[y * (stride + 1)] = useUp ? 2 : 1;
    out.set(useUp ? up : sub, y * (stride + 1) + 1);
  }
  return out;
}

/** A PNG of `rgb`: `width` × `height` pixels, three bytes each, row by row from the top. */
export function encodePng(rgb: Uint8Array, width: number, height: number): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, adaptive filters, no interlace
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib(filterRows(rgb, width, height))),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
