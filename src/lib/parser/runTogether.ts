/**
 * Fitting a row's tokens to its cells. Tab-separated rows map cell to cell. Flattened rows may have
 * lost the separators between cells (`640020470` for seven cells): every split of the digit runs
 * into the right number of cells is a candidate, and the caller keeps those that the table's rules
 * and the report's own prose allow.
 */
import type { MoneyUnit } from './cells';
import type { Token } from './rows';

/** One cell of a candidate reading. */
export interface CellRead {
  value: number | null;
  /** What was printed for it: the cell, or the whole run it was split from. */
  raw: string;
  location: string;
  /** False for a cell the row did not print at all (a short row). */
  printed: boolean;
  unit: MoneyUnit | null;
  /** The run it was split from, when it was; null for a cell read on its own. */
  run: string | null;
  /**
   * Set by the table reader: several readings of the run fit, so the value stays NULL. Readings are
   * made with false, so a cell decided without doubt is its reading itself (no copy per cell).
   */
  ambiguous: boolean;
  /**
   * Set by the table reader: the prose statements that decided this cell when the readings the
   * table's rules allow disagreed on it. Null when no prose was needed.
   */
  provedBy: readonly string[] | null;
}

export type Candidate = CellRead[];

/** Enough for the runs of real reports (a 17-digit section 四 row has 120 splits), small enough to stay fast. */
export const MAX_CANDIDATES = 20000;

function single(t: Token): CellRead {
  const v = t.value;
  return {
    value: v.kind === 'number' ? v.value : null,
    raw: t.raw,
    location: t.location,
    printed: true,
    unit: v.kind === 'number' ? v.unit : null,
    run: null,
    ambiguous: false,
    provedBy: null
  };
}

const MISSING: CellRead = {
  value: null,
  raw: '',
  location: '',
  printed: false,
  unit: null,
  run: null,
  ambiguous: false,
  provedBy: null
};

/** Tab rows: empties before the first value come from the label's merged cells, after the last from padding. */
function trimTabbed(tokens: Token[], n: number): Token[] {
  let list = tokens;
  while (list.length > n && list[0].text === '') list = list.slice(1);
  while (list.length > n && list[list.length - 1].text === '') list = list.slice(0, -1);
  return list;
}

/** The ways to write `digits` as `k` numbers without leading zeros (`0` itself allowed). */
function splits(digits: string, k: number, frac: string, limit: number): string[][] {
  const out: string[][] = [];
  splitWalk({ digits, frac, limit, out, acc: [] }, 0, k);
  return out;
}

interface SplitWalk {
  digits: string;
  frac: string;
  limit: number;
  out: string[][];
  acc: string[];
}

/**
 * The recursion of `splits` as a module function over a state object: `tsx` (the ingest command)
 * names every closure it compiles, a cost per call that measured as a visible share of a report.
 */
function splitWalk(w: SplitWalk, at: number, left: number): void {
  if (w.out.length >= w.limit) return;
  const digits = w.digits;
  if (left === 1) {
    const part = digits.slice(at);
    if (part.length > 0 && (part.length === 1 || part[0] !== '0')) w.out.push([...w.acc, part + w.frac]);
    return;
  }
  for (let end = at + 1; end <= digits.length - (left - 1); end++) {
    const part = digits.slice(at, end);
    if (part.length > 1 && part[0] === '0') break;
    w.acc.push(part);
    splitWalk(w, end, left - 1);
    w.acc.pop();
  }
}

/** How many cells a token may stand for. */
function maxCells(t: Token): number {
  const v = t.value;
  if (v.kind !== 'number') return 1;
  if (v.digits !== null) return v.digits.length;
  if (v.decimal) return v.decimal.int.length;
  return 1;
}

/** One cell split from the run `t`: the unit printed after the run belongs to its last number. */
function splitCell(t: Token, value: number, last: boolean): CellRead {
  return {
    value,
    raw: t.raw,
    location: t.location,
    printed: true,
    unit: last && t.value.kind === 'number' ? t.value.unit : null,
    run: t.raw,
    ambiguous: false,
    provedBy: null
  };
}

function partsOf(t: Token, k: number, limit: number): CellRead[][] {
  if (k === 1) return [[single(t)]];
  const v = t.value;
  if (v.kind !== 'number') return [];
  const digits = v.digits ?? v.decimal?.int ?? '';
  const frac = v.decimal?.frac ?? '';
  return splits(digits, k, frac, limit).map((parts) =>
    parts.map((p, i) => splitCell(t, Number(p), i === parts.length - 1))
  );
}

/**
 * The one reading when the tokens have exactly as many digits (room) as the row has cells: each token
 * split into single digits, as partsOf would split it into `room` parts (a token of room 1 read whole).
 */
function digitPerCell(list: Token[], room: number[]): Candidate {
  const row: Candidate = [];
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    if (room[i] === 1) {
      row.push(single(t));
      continue;
    }
    const v = t.value;
    // room > 1 only for a number token with digits or a decimal's integer part.
    if (v.kind !== 'number') throw new Error('unreachable: a run that is no number');
    const digits = v.digits ?? v.decimal?.int ?? '';
    const frac = v.decimal?.frac ?? '';
    const last = digits.length - 1;
    for (let j = 0; j <= last; j++) {
      row.push(splitCell(t, Number(j === last ? digits[j] + frac : digits[j]), j === last));
    }
  }
  return row;
}

/**
 * All readings of a row's tokens as `n` cells. `accept` filters readings of runs (never a row read
 * cell by cell: printed numbers are kept even when they break a rule). Returns at least one reading
 * when the row has any token; `truncated` when there were too many to list.
 */
export function fitRow(
  tokens: Token[],
  n: number,
  tabbed: boolean,
  accept: ((values: (number | null)[]) => boolean) | null
): { candidates: Candidate[]; split: boolean; truncated: boolean } {
  const list = tabbed ? trimTabbed(tokens, n) : tokens;
  if (list.length >= n) return { candidates: [list.slice(0, n).map(single)], split: false, truncated: false };
  const room = list.map(maxCells);
  const total = room.reduce((a, b) => a + b, 0);
  if (tabbed || total < n) {
    // Fewer cells than columns and no run to split: the missing ones were not printed.
    const row = list.map(single);
    while (row.length < n) row.push(MISSING);
    return { candidates: [row], split: false, truncated: false };
  }
  // Exactly as many digits as cells: the one reading puts one digit in each cell (most split rows).
  if (total === n) {
    const row = digitPerCell(list, room);
    return {
      candidates: accept === null || accept(row.map((c) => c.value)) ? [row] : [],
      split: true,
      truncated: false
    };
  }
  // Room of the tokens after each one, and each token's splits, computed once: the walk reaches the
  // same token with the same cell count along many paths.
  const roomAfter: number[] = new Array<number>(list.length).fill(0);
  for (let i = list.length - 2; i >= 0; i--) roomAfter[i] = roomAfter[i + 1] + room[i + 1];
  const w: RowWalk = {
    list,
    n,
    room,
    roomAfter,
    accept,
    partsCache: new Map(),
    // One scratch array of values for the rule, filled at each complete reading (the rules only read it).
    values: new Array<number | null>(n).fill(null),
    out: [],
    truncated: false
  };
  rowWalk(w, 0, n, []);
  return { candidates: w.out, split: true, truncated: w.truncated };
}

/** The state of fitRow's search (module functions over it rather than closures: see splitWalk). */
interface RowWalk {
  list: Token[];
  n: number;
  room: number[];
  roomAfter: number[];
  accept: ((values: (number | null)[]) => boolean) | null;
  partsCache: Map<number, CellRead[][]>;
  values: (number | null)[];
  out: Candidate[];
  truncated: boolean;
}

function partsAt(w: RowWalk, i: number, k: number): CellRead[][] {
  const key = i * (w.n + 1) + k;
  let parts = w.partsCache.get(key);
  if (!parts) {
    parts = partsOf(w.list[i], k, MAX_CANDIDATES);
    w.partsCache.set(key, parts);
  }
  return parts;
}

function accepted(w: RowWalk, acc: CellRead[]): boolean {
  if (!w.accept) return true;
  for (let j = 0; j < w.n; j++) w.values[j] = acc[j].value;
  return w.accept(w.values);
}

function rowWalk(w: RowWalk, i: number, left: number, acc: CellRead[]): void {
  if (w.out.length >= MAX_CANDIDATES) {
    w.truncated = true;
    return;
  }
  if (i === w.list.length) {
    if (left === 0 && accepted(w, acc)) w.out.push(acc.slice());
    return;
  }
  const restRoom = w.roomAfter[i];
  const rest = w.list.length - i - 1;
  for (let k = 1; k <= Math.min(w.room[i], left - rest); k++) {
    if (left - k > restRoom) continue;
    for (const parts of partsAt(w, i, k)) {
      for (const p of parts) acc.push(p);
      rowWalk(w, i + 1, left - k, acc);
      acc.length -= parts.length;
    }
  }
}
