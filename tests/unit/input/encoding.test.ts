import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeText, sniffHtmlCharset } from '../../../src/lib/input/encoding';
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
