/**
 * Narrative similarity (FORMAT.md rule 11): Jaccard similarity over character 5-grams. Whitespace is
 * dropped first (PDF and web copies of one text break lines differently) and full-width forms are
 * folded (NFKC); digits and punctuation are kept, so a copy with new figures scores a little lower.
 */

export const SHINGLE_LENGTH = 5;

export function normaliseNarrative(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** The set of character 5-grams of an already normalised text (the text itself when shorter). */
export function shingleSet(normalised: string): Set<string> {
  const set = new Set<string>();
  if (normalised.length === 0) return set;
  if (normalised.length < SHINGLE_LENGTH) return set.add(normalised);
  for (let i = 0; i + SHINGLE_LENGTH <= normalised.length; i++) set.add(normalised.slice(i, i + SHINGLE_LENGTH));
  return set;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Similarity of two narratives in [0, 1]: Jaccard over character 5-grams; 0 when either is empty. */
export function narrativeSimilarity(a: string, b: string): number {
  return jaccard(shingleSet(normaliseNarrative(a)), shingleSet(normaliseNarrative(b)));
}
