/**
 * decodeUtf8Strict replaces a fatal TextDecoder('utf-8') for speed: it must accept and reject exactly
 * the same bytes and give exactly the same text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeUtf8Strict } from '../../../src/lib/input/encoding';
import { CORPUS, SEED_NAME, VARIANTS } from './helpers';

const FATAL = new TextDecoder('utf-8', { fatal: true });

function platform(bytes: Uint8Array): string | null {
  try {
    return FATAL.decode(bytes);
  } catch {
    return null;
  }
}

describe('decodeUtf8Strict', () => {
  it('decodes the seed report exactly as the platform decoder', () => {
    const bytes = new Uint8Array(readFileSync(resolve(CORPUS, 'reports', `${SEED_NAME}.txt`)));
    const text = decodeUtf8Strict(bytes);
    expect(text).not.toBeNull();
    expect(text).toBe(platform(bytes));
    expect(text).toContain('本年新收政府信息公开申请数量');
  });

  it('rejects GBK bytes, as the fatal platform decoder does', () => {
    const bytes = new Uint8Array(readFileSync(resolve(VARIANTS, `${SEED_NAME}.gbk.txt`)));
    expect(platform(bytes)).toBeNull();
    expect(decodeUtf8Strict(bytes)).toBeNull();
  });

  it.each([
    ['overlong two-byte', [0xc0, 0xaf]],
    ['overlong three-byte', [0xe0, 0x80, 0xaf]],
    ['overlong four-byte', [0xf0, 0x80, 0x80, 0xaf]],
    ['encoded surrogate', [0xed, 0xa0, 0x80]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['truncated sequence', [0x41, 0xe4, 0xb8]],
    ['lone continuation byte', [0x80]],
    ['invalid lead byte', [0xff]]
  ])('rejects %s', (_name, bytes) => {
    const b = new Uint8Array(bytes);
    expect(platform(b)).toBeNull();
    expect(decodeUtf8Strict(b)).toBeNull();
  });

  it('drops a leading BOM and keeps a later one, as the platform decoder does', () => {
    const b = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xef, 0xbb, 0xbf]);
    expect(decodeUtf8Strict(b)).toBe('a\ufeff');
    expect(decodeUtf8Strict(b)).toBe(platform(b));
  });

  it('agrees with the platform decoder on any text, astral characters included', () => {
    const enc = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const b = enc.encode(s);
        expect(decodeUtf8Strict(b)).toBe(platform(b));
      }),
      { numRuns: 2000 }
    );
  });

  it('agrees with the platform decoder on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        expect(decodeUtf8Strict(b)).toBe(platform(b));
      }),
      { numRuns: 5000 }
    );
  });
});
