/**
 * Passages two narratives share, for showing near-duplicates side by side: a character of `text`
 * is shared when it lies in a run of at least `minLength` characters that also occurs in `other`
 * (found through character n-grams, as the similarity check compares texts). Whitespace is
 * ignored when matching, so a copy re-wrapped by PDF extraction still lines up.
 */
import { markRanges, type Segment } from '../search/segments';

export const SHARED_MIN_LENGTH = 8;

/** The characters of `text` without whitespace, and each one's index in `text`. */
function compact(text: string): { chars: string; at: number[] } {
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    chars += text[i];
    at.push(i);
  }
  return { chars, at };
}

export function sharedSegments(text: string, other: string, minLength = SHARED_MIN_LENGTH): Segment[] {
  const mine = compact(text.normalize('NFKC'));
  const theirs = compact(other.normalize('NFKC')).chars;
  // NFKC can change lengths; mark against the normalised text then so indices stay true.
  const shown = text.normalize('NFKC');
  const grams = new Set<string>();
  for (let i = 0; i + minLength <= theirs.length; i++) grams.add(theirs.slice(i, i + minLength));
  const covered = new Uint8Array(mine.chars.length);
  for (let i = 0; i + minLength <= mine.chars.length; i++) {
    if (grams.has(mine.chars.slice(i, i + minLength))) covered.fill(1, i, i + minLength);
  }
  const ranges: [number, number][] = [];
  for (let i = 0; i < covered.length; i++) {
    if (!covered[i]) continue;
    let j = i;
    while (j + 1 < covered.length && covered[j + 1]) j++;
    ranges.push([mine.at[i], mine.at[j] + 1]);
    i = j;
  }
  return markRanges(shown, ranges);
}

/** Share of the (non-whitespace) characters of `segments` that are marked shared. */
export function sharedShare(segments: readonly Segment[]): number {
  let all = 0;
  let shared = 0;
  for (const s of segments) {
    const n = s.text.replace(/\s/g, '').length;
    all += n;
    if (s.hit) shared += n;
  }
  return all === 0 ? 0 : shared / all;
}
