/** Orderings that do not depend on the locale or the runtime: plain UTF-16 code unit order. */

export function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1; // NULL first
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

export function compareNumber(a: number, b: number): number {
  return a - b;
}

/** Compare by each key in turn. */
export function byKeys<T>(...keys: ((a: T, b: T) => number)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const d = key(a, b);
      if (d !== 0) return d;
    }
    return 0;
  };
}
