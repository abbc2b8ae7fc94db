import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeText, decodeUtf8Strict, sniffHtmlCharset } from '../../../src/lib/input/encoding';
import { bytesOf, CORPUS, SEED_NAME, VARIANTS } from './helpers';

const seedText = readFileSync(resolve(CORPUS, 'reports', `${SEED_NAME}.txt`), 'utf8');

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [a, b] = littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    out[2 + i * 2] = a;
    out[3 + i * 2] = b;
  }
  return out;
}

describe('decodeText', () => {
  it('reads strict UTF-8 as UTF-8', () => {
    const r = decodeText(new TextEncoder().encode(seedText));
    expect(r).toMatchObject({ ok: true, encoding: 'utf-8', text: seedText });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const body = new TextEncoder().encode(seedText);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, encoding: 'utf-8', text: seedText });
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    expect(decodeText(utf16(seedText, true))).toMatchObject({ ok: true, encoding: 'utf-16le', text: seedText });
    expect(decodeText(utf16(seedText, false))).toMatchObject({ ok: true, encoding: 'utf-16be', text: seedText });
  });

  it('falls back to GB18030 for GBK bytes and recovers the seed text exactly', () => {
    const r = decodeText(bytesOf(resolve(VARIANTS, `${SEED_NAME}.gbk.txt`)));
    expect(r).toMatchObject({ ok: true, encoding: 'gb18030' });
    if (r.ok) expect(r.text).toBe(seedText);
  });

  it('uses the charset an HTML page declares when the bytes are not UTF-8', () => {
    const bytes = bytesOf(resolve(VARIANTS, `${SEED_NAME}.word-gbk.html`));
    expect(sniffHtmlCharset(bytes)).toBe('gb2312');
    const r = decodeText(bytes, 'gb2312');
    expect(r).toMatchObject({ ok: true, encoding: 'gbk' });
    if (r.ok) expect(r.text).toContain('孟津区人力');
  });

  it('reads `<meta charset>` and http-equiv declarations', () => {
    const enc = new TextEncoder();
    expect(sniffHtmlCharset(enc.encode('<html><head><meta charset="GBK"></head>'))).toBe('GBK');
    expect(sniffHtmlCharset(enc.encode('<meta http-equiv="Content-Type" content="text/html; charset=gb18030">'))).toBe(
      'gb18030'
    );
    expect(sniffHtmlCharset(enc.encode('<p>no declaration</p>'))).toBeUndefined();
  });

  it('rejects binary junk as unreadable, with the count of bad characters', () => {
    const r = decodeText(bytesOf(resolve(VARIANTS, 'junk.txt')));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('unreadable');
      expect(r.zh).toMatch(/^不是文本文件（\d+ 个控制字符/);
    }
  });

  it('rejects UTF-8 text full of NUL bytes', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 2 === 0 ? 0x41 : 0));
    expect(decodeText(bytes).ok).toBe(false);
  });
});

/** Control characters other than tab, LF, FF, CR, and U+FFFD: what decodeText counts as bad. */
function countBadReference(text: string): number {
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if ((c < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(c)) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad;
}

describe('decodeText on GBK bytes', () => {
  const gbk = bytesOf(resolve(VARIANTS, `${SEED_NAME}.gbk.txt`));

  it('counts control bytes and replacement characters exactly, at any alignment of the bytes', () => {
    // Enough control bytes (and an invalid 0xFF) to be junk, spread over the text.
    const junk = new Uint8Array(gbk.length + 400);
    let k = 0;
    for (let i = 0; i < gbk.length; i++) {
      // Only between characters: after an ASCII byte.
      if (i % 20 === 0 && gbk[i] < 0x80) junk[k++] = i % 40 === 0 ? 0x01 : 0x7f;
      junk[k++] = gbk[i];
    }
    junk[k++] = 0xff;
    const body = junk.subarray(0, k);
    const expected = countBadReference(new TextDecoder('gbk').decode(body));
    expect(expected).toBeGreaterThan(20);
    for (let offset = 0; offset < 4; offset++) {
      const shifted = new Uint8Array(body.length + offset);
      shifted.set(body, offset);
      const r = decodeText(shifted.subarray(offset), 'gbk');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.zh).toBe(`不是文本文件（${expected} 个控制字符或无法解码的字节，按 gbk 解码）`);
    }
  });

  it('agrees with counting the decoded text on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.integer({ min: 0, max: 3 }), (bytes, offset) => {
        const shifted = new Uint8Array(bytes.length + offset);
        shifted.set(bytes, offset);
        // Bytes with a byte-order mark, or valid UTF-8, are not read as GB18030.
        const [a, b, c] = bytes;
        if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || (a === 0xef && b === 0xbb && c === 0xbf))
          return;
        if (decodeUtf8Strict(bytes) !== null) return;
        const r = decodeText(shifted.subarray(offset), 'gb18030');
        const text = new TextDecoder('gb18030').decode(bytes);
        const bad = countBadReference(text);
        if (r.ok) expect(bad <= 3 || bad <= text.length * 0.01).toBe(true);
        else expect(r.zh).toContain(`（${bad} 个控制字符`);
      }),
      { numRuns: 3000 }
    );
  });
});

describe('sniffHtmlCharset', () => {
  /** The former reading: the prefix through the platform's 'latin1' (windows-1252) decoder. */
  function reference(bytes: Uint8Array): string | undefined {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const m =
      /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head) ??
      /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(head);
    return m?.[1];
  }

  it('reads the same declarations as a windows-1252 reading of the first 4 KB, whatever the other bytes', () => {
    const pieces = [
      '<meta',
      '<META ',
      ' charset',
      'CharSet',
      '=',
      ' ',
      '"',
      "'",
      'gbk',
      'GB2312',
      '>',
      '<?xml',
      ' encoding'
    ];
    const piece = fc.oneof(
      fc.constantFrom(...pieces).map((s) => Uint8Array.from(s, (ch) => ch.charCodeAt(0))),
      fc.integer({ min: 0x80, max: 0xff }).map((b) => new Uint8Array([b]))
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        let at = 0;
        for (const p of parts) {
          bytes.set(p, at);
          at += p.length;
        }
        expect(sniffHtmlCharset(bytes)).toBe(reference(bytes));
      }),
      { numRuns: 3000 }
    );
    const shanghai = bytesOf(resolve(CORPUS, 'reports', '上海市人民政府办公厅_2019.html'));
    expect(sniffHtmlCharset(shanghai)).toBeUndefined();
    expect(reference(shanghai)).toBeUndefined();
  });
});
