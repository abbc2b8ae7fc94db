/**
 * Candidate pairs of near-identical narratives without comparing all pairs: one-permutation MinHash
 * (one hash per 5-gram, the minimum kept in each of 128 bins, empty bins filled from the next bin to
 * the right) and locality-sensitive hashing over 16 bands of 8 bins. Two texts with Jaccard 0.9 share
 * a band with probability above 0.999; with Jaccard 0.5, about 0.06.
 */
import { SHINGLE_LENGTH } from './shingles';

export const SIGNATURE_BINS = 128;
export const LSH_BANDS = 16;
export const LSH_ROWS = SIGNATURE_BINS / LSH_BANDS;
const BIN_BITS = 7; // 2^7 = SIGNATURE_BINS
const VALUE_RANGE = 2 ** (32 - BIN_BITS);

/** murmur3's 32-bit finaliser: spreads FNV's weak low bits over the whole word. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of the 5-gram starting at `start`, from char codes (no substring is built). */
function shingleHash(text: string, start: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** The MinHash signature of a normalised text, or null when it has no 5-gram at all. */
export function signature(normalised: string): Float64Array | null {
  if (normalised.length === 0) return null;
  const bins = new Float64Array(SIGNATURE_BINS).fill(Infinity);
  const length = Math.min(SHINGLE_LENGTH, normalised.length);
  for (let i = 0; i + length <= normalised.length; i++) {
    const h = shingleHash(normalised, i, length);
    const bin = h & (SIGNATURE_BINS - 1);
    const value = h >>> BIN_BITS;
    if (value < bins[bin]) bins[bin] = value;
  }
  // Rotation densification: an empty bin borrows the next filled bin's value, offset by the distance
  // so that borrowed values never equal genuine ones.
  for (let i = 0; i < SIGNATURE_BINS; i++) {
    if (bins[i] !== Infinity) continue;
    for (let d = 1; d < SIGNATURE_BINS; d++) {
      const j = (i + d) % SIGNATURE_BINS;
      const v = bins[j];
      if (v !== Infinity && v < VALUE_RANGE) {
        bins[i] = v + d * VALUE_RANGE;
        break;
      }
    }
  }
  return bins;
}

/** Share of equal bins: an estimate of the Jaccard similarity of the two texts. */
export function estimateSimilarity(a: Float64Array, b: Float64Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_BINS; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_BINS;
}

/**
 * A 32-bit hash of one band of a signature. Two different bands may collide; that only adds a candidate
 * pair, which the estimate then discards.
 */
function bandKey(sig: Float64Array, band: number): number {
  let h = 0x811c9dc5 ^ band;
  for (let i = band * LSH_ROWS; i < (band + 1) * LSH_ROWS; i++) {
    const v = sig[i];
    h = Math.imul(h ^ (v % VALUE_RANGE), 0x01000193);
    h = Math.imul(h ^ Math.floor(v / VALUE_RANGE), 0x01000193);
  }
  return mix32(h);
}

/**
 * Index pairs (i < j) that share at least one LSH band. In a very crowded bucket (thousands of copies
 * of one template) each member is paired only with its next `window` members, which still gives every
 * member a near-identical partner while keeping the work linear.
 */
export function candidatePairs(signatures: readonly (Float64Array | null)[], window = 16): Array<[number, number]> {
  const n = signatures.length;
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const sig = signatures[i];
      if (!sig) continue;
      const key = bandKey(sig, band);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const members of buckets.values()) {
      for (let a = 0; a < members.length; a++) {
        for (let b = a + 1; b < members.length && b <= a + window; b++) {
          const i = members[a];
          const j = members[b];
          const key = i * n + j;
          if (seen.has(key)) continue;
          seen.add(key);
          pairs.push([i, j]);
        }
      }
    }
  }
  return pairs;
}
