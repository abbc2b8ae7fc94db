/**
 * A table region → row records: for each printed row, the label it carries (if any) and the cells
 * after it. Works on tab-separated lines (one cell per tab field, blanks kept) and on flattened text
 * (labels and numbers in one run), where a row's cells are the number tokens up to the next label.
 */
import type { Span } from './sections';
import type { LabelSet } from './labels';
import { parseCell, type CellValue } from './cells';

/** One printed cell (or number token) with where it was read. */
export interface Token {
  /** Normalised text of the cell. */
  text: string;
  /** The cell exactly as in the input, for provenance. */
  raw: string;
  location: string;
  value: CellValue;
}

export interface RowRecord {
  /** Row id of the label, or null for a row without one. */
  label: string | null;
  /** Words in the row that are no known label (an extra row such as 其他主动公开文件). */
  unknownText: string | null;
  tokens: Token[];
  /** Cells came from tab-separated fields (blanks are real cells) rather than a scan of flattened text. */
  tabbed: boolean;
  line: number;
}

/** What the records need from the document: lines, raw lines and the optional per-cell locations. */
export interface Lines {
  lines: string[];
  rawLines: string[];
  lineStarts: number[];
  cellLocations?: (readonly string[] | null)[];
}

export function makeLines(lines: string[], rawLines: string[], cellLocations?: (readonly string[] | null)[]): Lines {
  const lineStarts: number[] = new Array<number>(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    lineStarts[i] = at;
    at += lines[i].length + 1;
  }
  return { lines, rawLines, lineStarts, cellLocations };
}

/** `line <n>` strings, made once per line number (a report has hundreds of cells on a few dozen lines). */
const LINE_NAMES: string[] = [];

function location(doc: Lines, line: number, cell: number | null): string {
  const fromReader = cell === null ? undefined : doc.cellLocations?.[line]?.[cell];
  return fromReader ?? (LINE_NAMES[line] ??= `line ${line + 1}`);
}

/** Raw text for a normalised slice of a line: the same slice when normalisation kept the length. */
function rawSlice(doc: Lines, line: number, from: number, to: number, normalised: string): string {
  const raw = doc.rawLines[line];
  return raw !== undefined && raw.length === doc.lines[line].length ? raw.slice(from, to) : normalised;
}

/**
 * Number-like tokens of flattened text: numbers with optional unit and bracketed note, or a blank
 * marker standing alone. `增/减` or `—` inside words are not blanks.
 */
const TOKEN =
  /[+-]?\d+(?:,\d{3})*(?:\.\d+)?(?: *(?:万元|元|万|件|个|项|条|次))?(?: *\([^()\d]{0,40}\))?|\/+|—+|–+|-+|无/g;
const SEPARATOR = /[\s|]/;

/** Char-code tests for one character: a regex test per character measured as a visible share of a row. */
function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `.` or `、` after an item number. */
function isItemMark(c: number): boolean {
  return c === 0x2e || c === 0x3001;
}

function isCjkCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

function standsAlone(s: string, start: number, end: number): boolean {
  const before = start === 0 ? ' ' : s[start - 1];
  const after = end >= s.length ? ' ' : s[end];
  return SEPARATOR.test(before) && SEPARATOR.test(after);
}

function scanTokens(doc: Lines, line: number, piece: string, offset: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(piece)) !== null) {
    const text = m[0];
    const isNumber = isDigitCode(text.charCodeAt(0)) || (text.length > 1 && isDigitCode(text.charCodeAt(1)));
    const end = m.index + text.length;
    if (!isNumber && !standsAlone(piece, m.index, end)) continue;
    // `2.其他法律…`: the item number of a label, not a value.
    if (isNumber && isItemMark(piece.charCodeAt(end)) && isCjkCode(piece.charCodeAt(end + 1))) continue;
    const from = offset + m.index;
    out.push({
      text,
      raw: rawSlice(doc, line, from, from + text.length, text),
      location: location(doc, line, null),
      value: parseCell(text)
    });
  }
  return out;
}

function printableAsciiEnds(s: string): boolean {
  if (s.length === 0) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  return a > 0x20 && a < 0x7f && b > 0x20 && b < 0x7f;
}

function tabTokens(doc: Lines, line: number, piece: string, offset: number, firstCell: number): Token[] {
  const out: Token[] = [];
  // The raw line is the normalised line (normalisation changed nothing, in the text or in this line):
  // quote the cell itself.
  const sameRaw = doc.rawLines === doc.lines || doc.rawLines[line] === doc.lines[line];
  let at = 0;
  let k = 0;
  // Fields found with a char-code loop: fields are a character or two, and both `split('\t')` and an
  // `indexOf` call per field measured as a visible share of reading a tabbed table.
  for (;;) {
    let end = at;
    while (end < piece.length && piece.charCodeAt(end) !== 9) end++;
    const tab = end < piece.length ? end : -1;
    const field = piece.slice(at, end);
    // Most fields are digits: printable ASCII at both ends leaves nothing to trim.
    const text = printableAsciiEnds(field) ? field : field.trim();
    const from = offset + at;
    out.push({
      text,
      raw: sameRaw ? text : rawSlice(doc, line, from, from + field.length, field).trim(),
      location: location(doc, line, firstCell + k),
      value: parseCell(text)
    });
    if (tab < 0) return out;
    at = tab + 1;
    k++;
  }
}

/**
 * The part of a tabbed line that can hold row labels: up to the end of the last cell with a CJK
 * character. Every label has one and none spans a tab (tests/unit/parser/label-part.test.ts), so the
 * labels found there are the labels of the whole line, without scanning its cells of numbers.
 */
export function labelPart(piece: string): string {
  let last = piece.length - 1;
  while (last >= 0 && !isCjkCode(piece.charCodeAt(last))) last--;
  if (last < 0) return '';
  let end = last + 1;
  while (end < piece.length && piece.charCodeAt(end) !== 9) end++;
  return end === piece.length ? piece : piece.slice(0, end);
}

/** Text of a line that is neither a number nor a blank marker: an unknown label or header words. */
function wordsOf(tokens: Token[]): string | null {
  const words = tokens.filter((t) => t.value.kind === 'text' && /[\u4e00-\u9fff]/.test(t.text)).map((t) => t.text);
  return words.length > 0 ? words.join(' ') : null;
}

/** A character `trim` keeps (`\s` is its whitespace): a test that stops at the first one, no trimmed copy. */
const NOT_BLANK = /\S/;

/** Pipe-table markup left in a line (markdown not converted by a reader). */
function stripPipes(piece: string): string {
  if (!piece.includes('|')) return piece;
  const t = piece.trim();
  if (/^\|?[\s|:-]+\|?$/.test(t) && t.includes('-')) return '';
  if (t.startsWith('|') && t.endsWith('|')) return t.slice(1, -1).replace(/\s*\|\s*/g, '\t');
  return piece;
}

/** The first line that ends at or after `at` (line ends increase with the line number). */
function firstLineEndingFrom(doc: Lines, at: number): number {
  let lo = 0;
  let hi = doc.lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.lineStarts[mid] + doc.lines[mid].length < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function extractRecords(doc: Lines, region: Span, labels: LabelSet): RowRecord[] {
  const records: RowRecord[] = [];
  // Only the region's lines: a binary search for the first, and a stop after the last.
  for (let line = firstLineEndingFrom(doc, region.start); line < doc.lines.length; line++) {
    const lineStart = doc.lineStarts[line];
    if (lineStart >= region.end) break;
    const lineEnd = lineStart + doc.lines[line].length;
    const from = Math.max(region.start, lineStart) - lineStart;
    const to = Math.min(region.end, lineEnd) - lineStart;
    let piece = doc.lines[line].slice(from, to);
    let offset = from;
    const unpiped = stripPipes(piece);
    if (unpiped !== piece) {
      // Positions no longer match the raw line; provenance then quotes the normalised cells.
      piece = unpiped;
      offset = -1;
    }
    if (!NOT_BLANK.test(piece)) continue;
    recordsOfLine(doc, line, piece, offset, labels, records);
  }
  return records;
}

/**
 * One line's piece being cut into tokens. A plain object passed to module functions rather than two
 * closures per line: `tsx` (the ingest command) names every closure it compiles, which measured as a
 * visible share of parsing a report.
 */
interface PieceCursor {
  doc: Lines;
  line: number;
  piece: string;
  shift: number;
  tabbed: boolean;
  /** Tabs before `counted`, counted on from the last position asked (records come left to right). */
  counted: number;
  tabs: number;
}

function tabsBefore(cur: PieceCursor, at: number): number {
  for (; cur.counted < at; cur.counted++) if (cur.piece.charCodeAt(cur.counted) === 9) cur.tabs++;
  return cur.tabs;
}

function tokensOf(cur: PieceCursor, start: number, end: number): Token[] {
  const seg = cur.piece.slice(start, end);
  if (!cur.tabbed) return scanTokens(cur.doc, cur.line, seg, cur.shift + start);
  return tabTokens(cur.doc, cur.line, seg, cur.shift + start, tabsBefore(cur, start));
}

function recordsOfLine(
  doc: Lines,
  line: number,
  piece: string,
  offset: number,
  labels: LabelSet,
  out: RowRecord[]
): void {
  const tabbed = piece.includes('\t');
  const shift = offset < 0 ? 0 : offset;
  const rawDoc = offset < 0 ? { ...doc, rawLines: [] } : doc;
  const cur: PieceCursor = { doc: rawDoc, line, piece, shift, tabbed, counted: 0, tabs: 0 };
  const matches = labels.find(tabbed ? labelPart(piece) : piece);
  if (matches.length === 0) {
    const tokens = tokensOf(cur, 0, piece.length);
    const unknownText = tabbed ? wordsOf(tokens) : /[\u4e00-\u9fff]/.test(piece) ? piece.trim() : null;
    out.push({ label: null, unknownText, tokens, tabbed, line });
    return;
  }
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (m.id === null) continue;
    const end = i + 1 < matches.length ? matches[i + 1].start : piece.length;
    let start = m.end;
    if (tabbed) {
      // The rest of the label's own cell (a note such as 区分处理的…) is not a value.
      const tab = piece.indexOf('\t', start);
      if (tab < 0 || tab >= end) {
        out.push({
          label: m.id,
          unknownText: null,
          tokens: scanTokens(rawDoc, line, piece.slice(start, end), shift + start),
          tabbed: false,
          line
        });
        continue;
      }
      start = tab + 1;
    }
    out.push({ label: m.id, unknownText: null, tokens: tokensOf(cur, start, end), tabbed, line });
  }
}
