/**
 * The parts of a text that statement patterns (`收到申请70件`, `行政复议2起`) can match, so the patterns
 * scan a few short stretches instead of the whole prose: running a dozen global regexes over every
 * character of the prose measured as most of the time of reading its statements.
 *
 * Exact, not a heuristic: every match of such a pattern consists only of characters its sources
 * match literally (plus ASCII digits for `\d`), and contains one of the anchor characters (`件`, `起`).
 * So a match lies inside one maximal run of those characters that holds an anchor. Those runs, in text
 * order and joined by a character outside the alphabet, give the same matches in the same order; the
 * lookbehind `(?<!\d)` sees a non-digit before each run either way. Patterns that could match outside
 * their own characters (`.`, classes, `\s`, anchors) are refused when the scope is made.
 */

/** Joins the runs: never in an alphabet (checked), so no match can span two runs. */
const SEPARATOR = '\n';
/** Regex syntax that can match a character not written in the source. */
const OPEN_ENDED = /\.|\[|\\[DdSsWwBbpPu]|\^|\$/;

/**
 * The characters a source matches literally: its syntax (groups, lookarounds, alternation,
 * quantifiers) left out, so that `,` of `{1,7}` or `(` of a group do not join stretches of prose.
 * Throws on an escape it does not know (anything but `\d` and escaped punctuation).
 */
function literalChars(source: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const e = source[++i];
      if (e === 'd') continue;
      if (e === undefined || /[A-Za-z0-9]/.test(e)) throw new Error(`unknown escape \\${e ?? ''} in /${source}/`);
      out.push(e.charCodeAt(0));
    } else if (c === '(') {
      if (source[i + 1] !== '?') continue;
      const kind = source.slice(i + 2, i + 4);
      if (kind.startsWith(':') || kind.startsWith('=') || kind.startsWith('!')) i += 2;
      else if (kind === '<=' || kind === '<!') i += 3;
      else throw new Error(`unknown group in /${source}/`);
    } else if (c === '{') {
      const q = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i));
      if (q) i += q[0].length - 1;
      else out.push(c.charCodeAt(0));
    } else if (c !== ')' && c !== '|' && c !== '?' && c !== '*' && c !== '+') {
      out.push(c.charCodeAt(0));
    }
  }
  return out;
}

export interface ScopedText {
  /** The runs that can hold a match, joined by SEPARATOR. */
  text: string;
  /** Position in the original text of a position in `text`. */
  original: (at: number) => number;
}

export class StatementScope {
  private readonly alphabet = new Uint8Array(65536);
  private readonly anchors: string[];

  /** `anchors`: characters of which every match of every pattern contains at least one. */
  constructor(patterns: readonly RegExp[], anchors: string) {
    for (const re of patterns) {
      // `\d` is the one class allowed: it adds the ASCII digits below.
      const rest = re.source.replace(/\\d/g, '');
      if (OPEN_ENDED.test(rest) || re.flags.includes('i') || re.flags.includes('u')) {
        throw new Error(`pattern can match characters outside its source: /${re.source}/`);
      }
      for (const c of literalChars(re.source)) this.alphabet[c] = 1;
    }
    for (let c = 0x30; c <= 0x39; c++) this.alphabet[c] = 1;
    this.anchors = [...anchors];
    for (const a of this.anchors) this.alphabet[a.charCodeAt(0)] = 1;
    if (this.alphabet[SEPARATOR.charCodeAt(0)] === 1) throw new Error('separator inside the alphabet');
  }

  /** The runs of `text` that can hold a match. */
  reduce(text: string): ScopedText {
    const hits: number[] = [];
    for (const a of this.anchors) {
      for (let at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) hits.push(at);
    }
    if (this.anchors.length > 1) hits.sort((x, y) => x - y);
    const alphabet = this.alphabet;
    const from: number[] = [];
    const starts: number[] = [];
    let out = '';
    let end = -1;
    for (const hit of hits) {
      if (hit < end) continue;
      let a = hit;
      while (a > 0 && alphabet[text.charCodeAt(a - 1)] === 1) a--;
      end = hit + 1;
      while (end < text.length && alphabet[text.charCodeAt(end)] === 1) end++;
      if (starts.length > 0) out += SEPARATOR;
      starts.push(out.length);
      from.push(a);
      out += text.slice(a, end);
    }
    const original = (at: number): number => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      return from[lo] + (at - starts[lo]);
    };
    return { text: out, original };
  }
}
