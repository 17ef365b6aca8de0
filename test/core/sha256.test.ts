import { createHash } from 'node:crypto';
import { sha256Hex } from '../../src/core/sha256';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('gives the published test vectors (FIPS 180-4 examples)', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes the UTF-8 bytes of text beyond ASCII', () => {
    for (const text of ['Foundation (FY1–FY2)', 'Zoë Ní Bhriain 👩‍⚕️', '£10 · ≥ 70%']) {
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }
  });

  it('handles messages at the block edges (55, 56, 63, 64 and 1,000 bytes)', () => {
    for (const length of [55, 56, 63, 64, 65, 1000]) {
      const text = 'a'.repeat(length);
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }
  });

  it('gives a million "a" the published digest', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });
});
