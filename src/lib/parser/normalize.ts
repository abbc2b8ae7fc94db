/**
 * Text normalisation before any matching: one line-ending style, NFKC (full-width digits and brackets,
 * Kangxi radicals from PDFs, non-breaking spaces) and, only when the text is written in traditional
 * characters, opencc-js's traditional → simplified conversion. Lines and tab-separated cells keep their
 * positions, so every value can still be traced to the cell it was read from.
 */
import { Converter } from 'opencc-js/t2cn';
import { nfkc } from './nfkc';

/** Characters that occur in traditional but (practically) never in simplified report text. */
const TRADITIONAL_CHARS = '國開辦處資請應機關門網總計結轉數據復議訴訟條項規範廢現務屬於過類為與對發這經會報';
const TRADITIONAL_THRESHOLD = 5;
/** A lookup table over the BMP: a scan of charCodes is several times faster than a regex here. */
const IS_TRADITIONAL = new Uint8Array(65536);
for (let i = 0; i < TRADITIONAL_CHARS.length; i++) IS_TRADITIONAL[TRADITIONAL_CHARS.charCodeAt(i)] = 1;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
/** A regex test: three times faster than a loop over the charCodes (a class of ranges, unlike the one above). */
const HAS_ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;

let toSimplified: ((s: string) => string) | null = null;

export function looksTraditional(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (IS_TRADITIONAL[text.charCodeAt(i)] === 1 && ++n >= TRADITIONAL_THRESHOLD) return true;
  }
  return false;
}

export interface NormalizedText {
  /** The normalised text; `lines` is it split on `\n`. */
  text: string;
  lines: string[];
  /** The input's own lines (only `\r` removed), to quote cells exactly as printed. */
  rawLines: string[];
  traditional: boolean;
  /**
   * `text` is NFKC output itself (no zero-width character removed, no conversion after NFKC): then any
   * slice of it, and slices joined by line breaks, are NFKC-normalised too and need no new scan.
   */
  nfkc: boolean;
}

export function normalizeText(input: string): NormalizedText {
  const unified = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  let text = nfkc(unified);
  const zeroWidth = HAS_ZERO_WIDTH.test(text);
  if (zeroWidth) text = text.replace(ZERO_WIDTH, '');
  const traditional = looksTraditional(text);
  if (traditional) {
    // Built lazily: the converter's dictionaries take a while to load and most reports never need it.
    toSimplified ??= Converter({ from: 't', to: 'cn' });
    text = toSimplified(text);
  }
  const lines = text.split('\n');
  // Unchanged text: its raw lines are the same lines.
  const rawLines = text === unified ? lines : unified.split('\n');
  return {
    text,
    lines,
    rawLines: rawLines.length === lines.length ? rawLines : lines,
    traditional,
    nfkc: !zeroWidth && !traditional
  };
}

/** Whitespace removed, for matching phrases that a layout may have broken with spaces. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}
