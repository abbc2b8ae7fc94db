/**
 * Bytes → text for the text-like inputs (txt, md, html). Order: a byte-order mark; else strict
 * UTF-8; else the charset an HTML page declares; else GB18030 (a superset of GBK and GB2312).
 * Uses only the WHATWG TextDecoder, so it runs the same in Node 20 (full ICU) and in browsers.
 */

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used, e.g. 'utf-8', 'gb18030', 'utf-16le'. */
  encoding: string;
}

/** Decoded, or why the bytes are not text. */
export type DecodeResult = ({ ok: true } & Decoded) | { ok: false; reason: 'unreadable'; zh: string; en: string };

/** Share of characters that may be control characters or U+FFFD before the bytes count as junk. */
const JUNK_SHARE = 0.01;
/** Ignore the first few bad characters: one stray byte in a long report is not junk. */
const JUNK_ALLOWANCE = 3;

export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodeResult {
  const bom = decodeWithBom(bytes);
  if (bom) return checkJunk(bom);

  const utf8 = tryDecode('utf-8', bytes, true);
  const declared = declaredCharset ? normaliseLabel(declaredCharset) : undefined;
  // Strict UTF-8 wins even over a declared legacy charset: GBK text is almost never valid UTF-8,
  // and portals often re-save pages as UTF-8 without fixing the <meta>.
  if (utf8 !== null) return checkJunk({ text: utf8, encoding: 'utf-8' });
  if (declared && declared !== 'utf-8') {
    const text = tryDecode(declared, bytes, false);
    if (text !== null) return checkJunk({ text, encoding: canonicalName(declared) });
  }
  const gb = tryDecode('gb18030', bytes, false);
  if (gb !== null) return checkJunk({ text: gb, encoding: 'gb18030' });
  return { ok: false, reason: 'unreadable', zh: '无法解码为文本', en: 'the bytes cannot be decoded as text' };
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeOrReplace('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeOrReplace('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeOrReplace('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  }
  return null;
}

/** Decoders are stateless between whole-buffer decodes: one per label and mode, made once. */
const DECODERS = new Map<string, TextDecoder>();

function decoder(label: string, fatal: boolean): TextDecoder {
  const key = `${fatal ? 'fatal:' : ''}${label}`;
  let d = DECODERS.get(key);
  if (!d) {
    d = new TextDecoder(label, { fatal });
    DECODERS.set(key, d);
  }
  return d;
}

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return decoder(label, fatal).decode(bytes);
  } catch {
    return null;
  }
}

function decodeOrReplace(label: string, bytes: Uint8Array): string {
  return decoder(label, false).decode(bytes);
}

/** A charset label the platform knows, lower-cased; undefined for labels TextDecoder rejects. */
function normaliseLabel(label: string): string | undefined {
  const lower = label.trim().toLowerCase();
  try {
    new TextDecoder(lower);
    return lower;
  } catch {
    return undefined;
  }
}

function canonicalName(label: string): string {
  return new TextDecoder(label).encoding;
}

// Control characters other than tab, LF, CR, FF; and U+FFFD from failed decodes.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BAD_CHAR = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;

function checkJunk(decoded: Decoded): DecodeResult {
  const text = decoded.text;
  const bad = text.match(BAD_CHAR)?.length ?? 0;
  if (bad > JUNK_ALLOWANCE && bad > text.length * JUNK_SHARE) {
    return {
      ok: false,
      reason: 'unreadable',
      zh: `不是文本文件（${bad} 个控制字符或无法解码的字节，按 ${decoded.encoding} 解码）`,
      en: `not a text file (${bad} control characters or undecodable bytes as ${decoded.encoding})`
    };
  }
  return { ok: true, ...decoded };
}

/**
 * The charset an HTML page declares in its first 4 KB: `<meta charset="gbk">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`.
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = asciiPrefix(bytes, 4096);
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(head);
  return m?.[1];
}

/** The first `max` bytes as Latin-1, enough to read ASCII markup without a full decode. */
function asciiPrefix(bytes: Uint8Array, max: number): string {
  const n = Math.min(bytes.length, max);
  let s = '';
  for (let i = 0; i < n; i += 1024) {
    s += String.fromCharCode(...bytes.subarray(i, Math.min(n, i + 1024)));
  }
  return s;
}
