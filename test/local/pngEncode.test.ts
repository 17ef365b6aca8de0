/** The chart image's PNG encoder, checked against Node's zlib and the format's known values. */
import { inflateRawSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { crc32, deflateRuns, encodePng } from '../../src/local/pngEncode';
import { readPng } from '../browser/support/png';

describe('deflateRuns', () => {
  it('gives back the same bytes when inflated by zlib, runs and literals alike', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ byte: fc.integer({ min: 0, max: 255 }), times: fc.nat(600) }), {
          maxLength: 60,
        }),
        (runs) => {
          const data = Uint8Array.from(runs.flatMap((r) => Array(r.times + 1).fill(r.byte)));
          expect(inflateRawSync(deflateRuns(data)).equals(Buffer.from(data))).toBe(true);
        },
      ),
    );
  });

  it('writes a long run in a few bytes', () => {
    // 100 000 zero bytes: one literal and 388 matches of 258 (plus one shorter), at most
    // 13 bits each, about 650 bytes.
    expect(deflateRuns(new Uint8Array(100000)).length).toBeLessThan(700);
  });
});

describe('encodePng', () => {
  it('uses the CRC-32 of the PNG format (IEND’s is AE426082)', () => {
    expect((crc32(new TextEncoder().encode('IEND')) ^ 0xffffffff) >>> 0).toBe(0xae426082);
  });

  it('writes a PNG whose pixels read back as drawn, its chunks with valid checksums', () => {
    const width = 5;
    const height = 3;
    const rgb = new Uint8Array(width * height * 3).fill(255);
    rgb.set([0, 94, 184], (1 * width + 2) * 3); // one blue pixel at (2, 1)
    const png = Buffer.from(encodePng(rgb, width, height));
    const image = readPng(png);
    const lines: number[][] = [];
    image.scan((line) => lines.push([...line]) > 0);
    expect([image.width, image.height]).toEqual([5, 3]);
    expect(lines[1].slice(6, 9)).toEqual([0, 94, 184]);
    expect(lines[0].every((v) => v === 255)).toBe(true);
    // IHDR's CRC covers its type and data: check it against the one zlib's inflate accepts.
    const idatLength = png.readUInt32BE(33);
    expect(png.toString('latin1', 37, 41)).toBe('IDAT');
    expect(inflateSync(png.subarray(41, 41 + idatLength)).length).toBe((width * 3 + 1) * height);
    for (const at of [8, 33, 41 + idatLength + 4]) {
      const length = png.readUInt32BE(at);
      const stored = png.readUInt32BE(at + 8 + length);
      expect((crc32(png.subarray(at + 4, at + 8 + length)) ^ 0xffffffff) >>> 0).toBe(stored);
    }
  });
});
