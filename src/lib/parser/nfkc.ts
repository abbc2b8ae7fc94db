/**
 * NFKC that returns its input untouched when a scan shows normalisation cannot change it: most report
 * text is plain CJK, ASCII and CJK punctuation, and calling `normalize('NFKC')` on every text (and
 * again on the prose and the identity context) measured as a large share of parsing a text report.
 *
 * A string is unchanged by NFKC when every code unit is a character that NFKC maps to itself, that
 * never combines with the character before it and that has canonical combining class 0: such
 * characters have NFKC_Quick_Check=Yes, and a concatenation of normalised pieces that each start with
 * one of them is normalised. Characters that can combine with the one before them (NFKC_QC=Maybe) are
 * combining marks or Hangul jamo, and every character with a non-zero combining class is a mark, so
 * marks and jamo send the text to the full normalisation, as do surrogates (astral characters).
 */

const UNKNOWN = 0;
const STABLE = 1;
const CHANGES = 2;

/** Per BMP code unit: unknown until first seen, then whether it may make NFKC change the text. */
const CLASS = new Uint8Array(65536);
const MARK = /\p{M}/u;

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const stable =
    !(c >= 0xd800 && c <= 0xdfff) && !(c >= 0x1100 && c <= 0x11ff) && !MARK.test(ch) && ch.normalize('NFKC') === ch;
  const k = stable ? STABLE : CHANGES;
  CLASS[c] = k;
  return k;
}

/**
 * Characters outside the set report text is mostly made of (printable ASCII, tab and line breaks, CJK
 * unified ideographs, the common CJK punctuation), all of which NFKC keeps and none of which combines:
 * the regex jumps from one such character to the next, several times faster than a loop over every
 * character (normalised text has only a handful of them, e.g. 〔〕, often early in the text).
 */
const OUTSIDE_COMMON =
  /[^\t\n\r\x20-\x7e\u4e00-\u9fff\u3001\u3002\u300a-\u300f\u3010\u3011\u2014\u2018\u2019\u201c\u201d]/g;

/** True when `text.normalize('NFKC')` would return the same text. */
export function isNfkcStable(text: string): boolean {
  OUTSIDE_COMMON.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OUTSIDE_COMMON.exec(text)) !== null) {
    const c = text.charCodeAt(m.index);
    let k = CLASS[c];
    if (k === UNKNOWN) k = classify(c);
    if (k === CHANGES) return false;
  }
  return true;
}

/** `text.normalize('NFKC')`, without the call when it cannot change the text. */
export function nfkc(text: string): string {
  return isNfkcStable(text) ? text : text.normalize('NFKC');
}
