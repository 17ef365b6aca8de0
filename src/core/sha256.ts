/**
 * SHA-256 (FIPS 180-4) of a text's UTF-8 bytes, in pure TypeScript: the core runs in Apps
 * Script, the browser and Node alike, and none of their hash APIs is shared by all three.
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/**
 * UTF-8 bytes of a string, unpaired surrogates as U+FFFD (as TextEncoder does), written straight
 * into the padded message: a 1 bit, zeros, then the bit length, to whole 64-byte blocks.
 */
function paddedUtf8(text: string): Uint8Array {
  // A UTF-16 unit takes at most 3 bytes (a surrogate pair, 2 units, takes 4).
  const buffer = new Uint8Array(Math.ceil((text.length * 3 + 9) / 64) * 64);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else code = 0xfffd;
    } else if (code >= 0xdc00 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) buffer[n++] = code;
    else if (code < 0x800) {
      buffer[n++] = 0xc0 | (code >> 6);
      buffer[n++] = 0x80 | (code & 63);
    } else if (code < 0x10000) {
      buffer[n++] = 0xe0 | (code >> 12);
      buffer[n++] = 0x80 | ((code >> 6) & 63);
      buffer[n++] = 0x80 | (code & 63);
    } else {
      buffer[n++] = 0xf0 | (code >> 18);
      buffer[n++] = 0x80 | ((code >> 12) & 63);
      buffer[n++] = 0x80 | ((code >> 6) & 63);
      buffer[n++] = 0x80 | (code & 63);
    }
  }
  const length = Math.ceil((n + 9) / 64) * 64;
  const out = buffer.subarray(0, length);
  out.fill(0, n);
  out[n] = 0x80;
  const bits = n * 8;
  const view = new DataView(out.buffer, out.byteOffset, length);
  view.setUint32(length - 8, Math.floor(bits / 0x100000000));
  view.setUint32(length - 4, bits >>> 0);
  return out;
}

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

function compress(hash: Uint32Array, view: DataView, offset: number, w: Uint32Array): void {
  for (let t = 0; t < 16; t++) w[t] = view.getUint32(offset + t * 4);
  for (let t = 16; t < 64; t++) {
    const s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
    const s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  let a = hash[0];
  let b = hash[1];
  let c = hash[2];
  let d = hash[3];
  let e = hash[4];
  let f = hash[5];
  let g = hash[6];
  let h = hash[7];
  for (let t = 0; t < 64; t++) {
    const t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t];
    const t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    h = g;
    g = f;
    f = e;
    e = (d + t1) >>> 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) >>> 0;
  }
  hash[0] += a;
  hash[1] += b;
  hash[2] += c;
  hash[3] += d;
  hash[4] += e;
  hash[5] += f;
  hash[6] += g;
  hash[7] += h;
}

/** The SHA-256 of `text` encoded as UTF-8, as 64 lower-case hex digits. */
export function sha256Hex(text: string): string {
  const message = paddedUtf8(text);
  const view = new DataView(message.buffer, message.byteOffset, message.length);
  const hash = new Uint32Array(INITIAL);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < message.length; offset += 64) compress(hash, view, offset, w);
  return [...hash].map((v) => v.toString(16).padStart(8, '0')).join('');
}
