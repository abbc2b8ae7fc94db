/**
 * fitRow on flattened rows: every way of splitting the digit runs into the row's cells, in order. A
 * brute-force enumeration written from the rules (no leading zeros, a decimal's fraction and a unit on
 * the last part, a token read whole is no run) must give the same readings, field by field, including
 * the shortcut for rows with exactly one digit per cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCell } from '../../../src/lib/parser/cells';
import type { Token } from '../../../src/lib/parser/rows';
import { fitRow, type CellRead } from '../../../src/lib/parser/runTogether';

function token(text: string): Token {
  return { text, raw: text, location: 'line 1', value: parseCell(text) };
}

/** A cell as the test compares it: its value, its unit and the run it was split from. */
type Cell = [value: number | null, unit: string | null, run: string | null];

/** The ways to cut `digits` into `k` numbers without leading zeros, shortest first part first. */
function cuts(digits: string, k: number): string[][] {
  if (k === 1) return digits.length === 1 || digits[0] !== '0' ? [[digits]] : [];
  const out: string[][] = [];
  for (let end = 1; end <= digits.length - (k - 1); end++) {
    const head = digits.slice(0, end);
    if (head.length > 1 && head[0] === '0') break;
    for (const rest of cuts(digits.slice(end), k - 1)) out.push([head, ...rest]);
  }
  return out;
}

/** A token read whole keeps its value and unit and is no run; a split puts fraction and unit last. */
function readingsOf(t: Token, k: number): Cell[][] {
  const v = t.value;
  if (k === 1) return [[[v.kind === 'number' ? v.value : null, v.kind === 'number' ? v.unit : null, null]]];
  if (v.kind !== 'number') return [];
  const digits = v.digits ?? v.decimal?.int ?? '';
  const frac = v.decimal?.frac ?? '';
  return cuts(digits, k).map((parts) =>
    parts.map((p, i): Cell => (i === parts.length - 1 ? [Number(p + frac), v.unit, t.raw] : [Number(p), null, t.raw]))
  );
}

function room(t: Token): number {
  const v = t.value;
  if (v.kind !== 'number') return 1;
  return v.digits?.length ?? v.decimal?.int.length ?? 1;
}

function bruteForce(tokens: Token[], n: number, accept: ((v: (number | null)[]) => boolean) | null): Cell[][] {
  const out: Cell[][] = [];
  const walk = (i: number, left: number, acc: Cell[]): void => {
    if (i === tokens.length) {
      if (left === 0 && (accept === null || accept(acc.map((c) => c[0])))) out.push(acc);
      return;
    }
    for (let k = 1; k <= Math.min(room(tokens[i]), left); k++) {
      for (const r of readingsOf(tokens[i], k)) walk(i + 1, left - k, [...acc, ...r]);
    }
  };
  walk(0, n, []);
  return out;
}

/** fitRow's readings as the test compares them; every cell must also quote its token, printed and undoubted. */
function cellsOf(readings: CellRead[][], tokens: Token[]): Cell[][] {
  const raws = new Set(tokens.map((t) => t.raw));
  return readings.map((r) =>
    r.map((c): Cell => {
      expect(raws.has(c.raw) && c.location === 'line 1' && c.printed && !c.ambiguous && c.provedBy === null).toBe(true);
      return [c.value, c.unit, c.run];
    })
  );
}

const CELL = fc.oneof(
  fc.stringMatching(/^[0-9]{1,6}$/),
  fc.stringMatching(/^[1-9][0-9]{0,3}\.[0-9]{1,2}$/),
  fc.constantFrom('0', '00', '000000', '1000001', '12元', '3.5万元', '/', '—')
);

describe('fitRow on flattened rows', () => {
  it('gives every split of the runs, as a brute-force enumeration does', () => {
    fc.assert(
      fc.property(fc.array(CELL, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 8 }), (cells, n) => {
        const tokens = cells.map(token);
        const total = tokens.reduce((s, t) => s + room(t), 0);
        const fit = fitRow(tokens, n, false, null);
        if (tokens.length >= n || total < n) return;
        expect(fit.split).toBe(true);
        expect(cellsOf(fit.candidates, tokens)).toEqual(bruteForce(tokens, n, null));
      }),
      { numRuns: 3000 }
    );
  });

  it('applies the row rule to split readings, also with exactly one digit per cell', () => {
    const sumRule = (v: (number | null)[]): boolean => {
      let s = 0;
      for (let i = 0; i < v.length - 1; i++) s += v[i] ?? 0;
      return v[v.length - 1] === s;
    };
    fc.assert(
      fc.property(fc.array(CELL, { minLength: 1, maxLength: 3 }), fc.integer({ min: 2, max: 7 }), (cells, n) => {
        const tokens = cells.map(token);
        const total = tokens.reduce((s, t) => s + room(t), 0);
        if (tokens.length >= n || total < n) return;
        expect(cellsOf(fitRow(tokens, n, false, sumRule).candidates, tokens)).toEqual(bruteForce(tokens, n, sumRule));
      }),
      { numRuns: 3000 }
    );
  });

  it('reads 平潭’s seven-digit rows one digit per cell', () => {
    const fit = fitRow([token('7000007')], 7, false, null);
    expect(fit.candidates.map((c) => c.map((x) => x.value))).toEqual([[7, 0, 0, 0, 0, 0, 7]]);
    expect(fit.candidates[0].every((x) => x.run === '7000007')).toBe(true);
    const decimal = fitRow([token('12.52元')], 2, false, null).candidates;
    expect(decimal.map((c) => c.map((x) => [x.value, x.unit]))).toEqual([
      [
        [1, null],
        [2.52, 'yuan']
      ]
    ]);
  });
});
