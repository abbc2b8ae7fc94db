/**
 * Text split into plain and highlighted segments, so views render highlights as elements
 * (`<mark>`) with escaped text: never HTML built from data.
 */
export interface Segment {
  text: string;
  hit: boolean;
}

/** Adjacent segments of the same kind merged; empty ones dropped. */
function merged(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    if (s.text === '') continue;
    const last = out.at(-1);
    if (last && last.hit === s.hit) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** Every occurrence of `needle` in `text`, case-insensitively (as SQL `lower()` matches). */
export function matchRanges(text: string, needle: string): [number, number][] {
  if (needle === '') return [];
  const hay = text.toLowerCase();
  const n = needle.toLowerCase();
  // Lower-casing a few letters changes their length; then positions would drift, so match exactly.
  const exact = hay.length !== text.length;
  const source = exact ? text : hay;
  const target = exact ? needle : n;
  const out: [number, number][] = [];
  let from = 0;
  for (;;) {
    const at = source.indexOf(target, from);
    if (at < 0) break;
    out.push([at, at + target.length]);
    from = at + target.length;
  }
  return out;
}

/** `text` with the given [start, end) ranges marked (ranges sorted and non-overlapping). */
export function markRanges(text: string, ranges: readonly [number, number][]): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  for (const [start, end] of ranges) {
    out.push({ text: text.slice(pos, start), hit: false }, { text: text.slice(start, end), hit: true });
    pos = end;
  }
  out.push({ text: text.slice(pos), hit: false });
  return merged(out);
}

export interface Snippet {
  segments: Segment[];
  /** Text was cut before / after the snippet. */
  before: boolean;
  after: boolean;
  /** Occurrences in the whole text. */
  matches: number;
}

/**
 * The part of `text` around the first occurrence of `needle` (`radius` characters each side),
 * with every occurrence inside it marked. Without a match: the beginning of the text.
 */
export function snippet(text: string, needle: string, radius = 60): Snippet {
  const ranges = matchRanges(text, needle);
  const first = ranges[0];
  const start = first ? Math.max(0, first[0] - radius) : 0;
  const end = first ? Math.min(text.length, first[1] + radius) : Math.min(text.length, radius * 2);
  const inside = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s - start, e - start]);
  return {
    segments: markRanges(text.slice(start, end), inside),
    before: start > 0,
    after: end < text.length,
    matches: ranges.length
  };
}
