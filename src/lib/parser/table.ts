/**
 * One table: row records → rows of the table (by label, or in order for unlabeled rows of a
 * fragmented table) → cell values. Where digits ran together, the readings of all runs are combined
 * and only those that satisfy the table's rules (and the prose's numbers, when they agree with the
 * rules) are kept; a cell is read only when every kept reading agrees on it.
 */
import type { RowRecord } from './rows';
import { fitRow, type Candidate, type CellRead } from './runTogether';

export type Grid = Map<string, number | null>;

export interface RowSpec {
  id: string;
  columns: readonly string[];
}

export interface TableSpec {
  rows: readonly RowSpec[];
  /** Unlabeled rows fill the next unfilled row when they show at least this many cells; null: never. */
  unlabeledMinCells: number | null;
  /** A rule one row must satisfy when its cells were split from runs. */
  rowRule: ((rowId: string, values: (number | null)[]) => boolean) | null;
  /** Rules across rows (column balances), used to choose among readings of runs. */
  tableRules: readonly ((grid: Grid) => boolean)[];
}

/** A fact the prose states, e.g. `收到70件申请`: a test on the table's cells. */
export type ProseFact = (grid: Grid) => boolean;

export interface CellOutcome extends CellRead {
  /** Several readings of a run fit: the value stays NULL. */
  ambiguous: boolean;
}

export interface TableResult {
  cells: Map<string, CellOutcome>;
  /** Rows that had a record. */
  found: Set<string>;
  /** Rows that could not be placed: words that are no label of this table. */
  unknownRows: { text: string; line: number }[];
  /** Runs with several readings: raw digits, the columns concerned and some of the readings. */
  ambiguousRuns: { raw: string; columns: string[]; readings: string[] }[];
}

/** Beyond this many combined readings the rows are decided one by one. */
const MAX_COMBINATIONS = 50000;

function numbers(r: RowRecord): number {
  return r.tokens.filter((t) => t.value.kind === 'number').length;
}

/** A record shows a row: numbers or blank markers, or (tab layout) a labeled row of blank cells. */
function hasValue(r: RowRecord): boolean {
  if (numbers(r) > 0) return true;
  if (r.label !== null && r.tabbed) return r.tokens.length >= 2;
  return r.tokens.some((t) => t.value.kind === 'blank' && t.text !== '');
}

/** Which row each record fills. */
function assign(
  records: RowRecord[],
  spec: TableSpec
): { rows: Map<string, RowRecord>; unknown: { text: string; line: number }[] } {
  const order = new Map(spec.rows.map((r, i) => [r.id, i]));
  const rows = new Map<string, RowRecord>();
  const unknown: { text: string; line: number }[] = [];
  let cursor = -1;
  for (const rec of records) {
    if (!hasValue(rec)) continue;
    if (rec.label !== null) {
      const at = order.get(rec.label);
      const seen = rows.get(rec.label);
      // A later record of the same row wins only over one that printed no number.
      if (at === undefined || (seen && (numbers(seen) > 0 || numbers(rec) === 0))) continue;
      rows.set(rec.label, rec);
      cursor = at;
      continue;
    }
    if (rec.unknownText !== null) {
      unknown.push({ text: rec.unknownText, line: rec.line });
      continue;
    }
    const shown = rec.tokens.filter((t) => t.value.kind === 'number' || t.value.kind === 'blank').length;
    if (spec.unlabeledMinCells === null || shown < spec.unlabeledMinCells) continue;
    let next = cursor + 1;
    while (next < spec.rows.length && rows.has(spec.rows[next].id)) next++;
    if (next >= spec.rows.length) continue;
    rows.set(spec.rows[next].id, rec);
    cursor = next;
  }
  return { rows, unknown };
}

/** Built field by field: object spread is slow in the hot path (measured: most of a table's time). */
function outcome(c: CellRead, value: number | null, ambiguous: boolean): CellOutcome {
  return { value, raw: c.raw, location: c.location, printed: c.printed, unit: c.unit, run: c.run, ambiguous };
}

function valuesOf(c: Candidate): (number | null)[] {
  return c.map((x) => x.value);
}

/** `facts` is called only when digits ran together: most reports never need the prose read. */
export function readTable(records: RowRecord[], spec: TableSpec, facts: () => readonly ProseFact[]): TableResult {
  const { rows, unknown } = assign(records, spec);
  const fixed: Grid = new Map();
  const chosen = new Map<string, Candidate>();
  const open: { row: RowSpec; candidates: Candidate[] }[] = [];
  for (const row of spec.rows) {
    const rec = rows.get(row.id);
    if (!rec) continue;
    const rule = spec.rowRule;
    const accept = rule ? (v: (number | null)[]) => rule(row.id, v) : null;
    let fit = fitRow(rec.tokens, row.columns.length, rec.tabbed, accept);
    if (fit.split && fit.candidates.length === 0) fit = fitRow(rec.tokens, row.columns.length, rec.tabbed, null);
    if (fit.candidates.length === 1) {
      chosen.set(row.id, fit.candidates[0]);
      row.columns.forEach((col, i) => fixed.set(col, fit.candidates[0][i].value));
    } else if (fit.candidates.length > 1) {
      open.push({ row, candidates: fit.candidates });
    }
  }
  const kept = open.length > 0 ? combine(open, fixed, spec.tableRules, facts()) : [];
  const cells = new Map<string, CellOutcome>();
  for (const row of spec.rows) {
    const cand = chosen.get(row.id);
    if (cand) row.columns.forEach((col, i) => cells.set(col, outcome(cand[i], cand[i].value, false)));
  }
  const ambiguousRuns: TableResult['ambiguousRuns'] = [];
  open.forEach((o, k) => {
    const readings = kept.map((combo) => combo[k]);
    const unclear: string[] = [];
    o.row.columns.forEach((col, i) => {
      const values = new Set(readings.map((c) => c[i].value));
      const first = readings[0]?.[i] ?? o.candidates[0][i];
      if (values.size === 1 && readings.length > 0) cells.set(col, outcome(first, first.value, false));
      else {
        cells.set(col, outcome(first, null, true));
        unclear.push(col);
      }
    });
    if (unclear.length > 0) {
      const raws = [...new Set(o.candidates[0].filter((c) => c.run !== null).map((c) => c.run as string))];
      ambiguousRuns.push({
        raw: raws.join(' '),
        columns: unclear,
        readings: [...new Set((readings.length > 0 ? readings : o.candidates).map((c) => valuesOf(c).join('/')))].slice(
          0,
          5
        )
      });
    }
  });
  return { cells, found: new Set(rows.keys()), unknownRows: unknown, ambiguousRuns };
}

/** Readings of the open rows that the rules (then the prose) allow; all of them when none fits. */
function combine(
  open: { row: RowSpec; candidates: Candidate[] }[],
  fixed: Grid,
  rules: readonly ((grid: Grid) => boolean)[],
  facts: readonly ProseFact[]
): Candidate[][] {
  let size = 1;
  for (const o of open) size *= o.candidates.length;
  if (size > MAX_COMBINATIONS) {
    // Too many to combine: decide each row alone with the prose facts.
    const perRow = open.map((o) => {
      const gridOf = (c: Candidate): Grid => {
        const grid = new Map(fixed);
        o.row.columns.forEach((col, i) => grid.set(col, c[i].value));
        return grid;
      };
      return applyFacts(o.candidates, gridOf, facts);
    });
    const longest = Math.max(...perRow.map((p) => p.length));
    return Array.from({ length: longest }, (_, k) => perRow.map((p) => p[Math.min(k, p.length - 1)]));
  }
  const all: Candidate[][] = [];
  const byRules: Candidate[][] = [];
  const grid = new Map(fixed);
  const walk = (i: number, acc: Candidate[]): void => {
    if (i === open.length) {
      const combo = acc.slice();
      all.push(combo);
      if (rules.every((r) => r(grid))) byRules.push(combo);
      return;
    }
    for (const c of open[i].candidates) {
      open[i].row.columns.forEach((col, j) => grid.set(col, c[j].value));
      acc.push(c);
      walk(i + 1, acc);
      acc.pop();
    }
  };
  walk(0, []);
  const pool = byRules.length > 0 ? byRules : all;
  const gridOf = (combo: Candidate[]): Grid => {
    const g = new Map(fixed);
    combo.forEach((c, k) => open[k].row.columns.forEach((col, j) => g.set(col, c[j].value)));
    return g;
  };
  return applyFacts(pool, gridOf, facts);
}

/** Each prose fact in turn narrows the readings, unless it would rule out all of them (the prose erred). */
function applyFacts<T>(pool: T[], gridOf: (x: T) => Grid, facts: readonly ProseFact[]): T[] {
  let kept = pool;
  for (const fact of facts) {
    const next = kept.filter((x) => fact(gridOf(x)));
    if (next.length > 0) kept = next;
  }
  return kept;
}
