/** A small seeded generator (mulberry32): the same seed gives the same demo data everywhere. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A fresh generator derived from this seed and a label, so adding bodies does not shift others' values. */
  static derive(seed: number, label: string): Random {
    let h = (seed ^ 0x9e3779b9) >>> 0;
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
    return new Random(h);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Integer in [min, max], most often near min: real counts are mostly small. */
  skewed(min: number, max: number, power = 2.5): number {
    return min + Math.floor(Math.pow(this.next(), power) * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }

  /**
   * Split `total` into parts proportional to `weights`, each weight jittered by ±`jitter`
   * (largest-remainder rounding, so the parts always sum to `total`).
   */
  split(total: number, weights: readonly number[], jitter = 0.4): number[] {
    if (total <= 0) return weights.map(() => 0);
    const w = weights.map((x) => x * (1 - jitter + 2 * jitter * this.next()));
    const sum = w.reduce((a, b) => a + b, 0);
    const raw = w.map((x) => (x / sum) * total);
    const parts = raw.map(Math.floor);
    let left = total - parts.reduce((a, b) => a + b, 0);
    const order = raw.map((x, i) => ({ i, r: x - Math.floor(x) + this.next() * 1e-6 })).sort((a, b) => b.r - a.r);
    for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k].i]++;
    return parts;
  }
}
