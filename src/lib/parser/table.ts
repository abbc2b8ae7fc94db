/**
 * One table: row records → rows of the table (by label, or in order for unlabeled rows of a
 * fragmented table) → cell values. Where digits ran together, the readings of all runs are combined
 * and only those that satisfy the table's rules (and the prose's numbers, when they agree with the
 * rules) are kept; a cell is read only when every kept reading agrees on it.
 */
import type { RowRecord } from './rows';
import { fitRow, type Candidate, type CellRead } from './runTogether';

/** Cell values by column name: undefined for a column not read (yet), null for a blank. */
export interface Grid {
  get(column: string): number | null | undefined;
}

export interface RowSpec {
  id: string;
  columns: readonly string[];
}

export interface TableSpec {
  rows: readonly RowSpec[];
  /** Unlabeled rows fill the next unfilled row when they show at least this many cells; null: never. */
  unlabeledMinCells: number | null;
  /** A rule one row must satisfy when its cells were split from runs (it may only read `values`: the array is reused). */
  rowRule: ((rowId: string, values: (number | null)[]) => boolean) | null;
  /** Rules across rows (column balances), used to choose among readings of runs. */
  tableRules: readonly ((grid: Grid) => boolean)[];
}

/** A fact the prose states, e.g. `收到70件申请`: the statement as printed and its test on the table's cells. */
export interface ProseFact {
  statement: string;
  holds: (grid: Grid) => boolean;
}

/** A cell as the table decided it (`ambiguous`, `provedBy` say how). */
export type CellOutcome = CellRead;

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

/** Counted in a loop: a filtered copy per record measured as a visible share of reading a table. */
function numbers(r: RowRecord): number {
  let n = 0;
  for (const t of r.tokens) if (t.value.kind === 'number') n++;
  return n;
}

/** A record shows a row: numbers or blank markers, or (tab layout) a labeled row of blank cells. */
function hasValue(r: RowRecord): boolean {
  if (numbers(r) > 0) return true;
  if (r.label !== null && r.tabbed) return r.tokens.length >= 2;
  return r.tokens.some((t) => t.value.kind === 'blank' && t.text !== '');
}

/** Whether every reading gives cell `i` the same value (and there is a reading). */
function allAgree(readings: readonly Candidate[], i: number): boolean {
  if (readings.length === 0) return false;
  const first = readings[0][i].value;
  for (let r = 1; r < readings.length; r++) if (readings[r][i].value !== first) return false;
  return true;
}

/** Row id → position, per list of rows (the lists are module constants: made once, not per report). */
const ROW_ORDER = new WeakMap<readonly RowSpec[], Map<string, number>>();

function rowOrder(spec: TableSpec): Map<string, number> {
  let order = ROW_ORDER.get(spec.rows);
  if (!order) {
    order = new Map(spec.rows.map((r, i) => [r.id, i]));
    ROW_ORDER.set(spec.rows, order);
  }
  return order;
}

/** Which row each record fills. */
function assign(
  records: RowRecord[],
  spec: TableSpec
): { rows: Map<string, RowRecord>; unknown: { text: string; line: number }[] } {
  const order = rowOrder(spec);
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
    let shown = 0;
    for (const t of rec.tokens) if (t.value.kind === 'number' || t.value.kind === 'blank') shown++;
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
function outcome(
  c: CellRead,
  value: number | null,
  ambiguous: boolean,
  provedBy: readonly string[] | null = null
): CellOutcome {
  return {
    value,
    raw: c.raw,
    location: c.location,
    printed: c.printed,
    unit: c.unit,
    run: c.run,
    ambiguous,
    provedBy
  };
}

/** How many readings of an ambiguous run a finding shows. */
const SHOWN_READINGS = 5;

/**
 * The first `limit` distinct readings as `a/b/c`, in order: stops once it has them (a run can have
 * thousands of readings, and writing each one out measured as a large share of such a table).
 */
function firstDistinctReadings(readings: readonly Candidate[], limit: number): string[] {
  const seen = new Set<string>();
  for (const c of readings) {
    if (seen.size >= limit) break;
    seen.add(c.map((x) => x.value).join('/'));
  }
  return [...seen];
}

/** `facts` is called only when digits ran together: most reports never need the prose read. */
export function readTable(records: RowRecord[], spec: TableSpec, facts: () => readonly ProseFact[]): TableResult {
  const { rows, unknown } = assign(records, spec);
  const chosen: { row: RowSpec; reading: Candidate }[] = [];
  const open: { row: RowSpec; candidates: Candidate[] }[] = [];
  for (const row of spec.rows) {
    const rec = rows.get(row.id);
    if (!rec) continue;
    const rule = spec.rowRule;
    const accept = rule ? (v: (number | null)[]) => rule(row.id, v) : null;
    let fit = fitRow(rec.tokens, row.columns.length, rec.tabbed, accept);
    if (fit.split && fit.candidates.length === 0) fit = fitRow(rec.tokens, row.columns.length, rec.tabbed, null);
    if (fit.candidates.length === 1) chosen.push({ row, reading: fit.candidates[0] });
    else if (fit.candidates.length > 1) open.push({ row, candidates: fit.candidates });
  }
  const cells = new Map<string, CellOutcome>();
  // A row with one reading is decided: its readings are the cells (made undoubted, not copied).
  // With open rows, the decided values also go to the grid the rules choose among their readings with.
  const fixed = open.length > 0 ? new Map<string, number | null>() : null;
  for (const { row, reading } of chosen) {
    for (let i = 0; i < row.columns.length; i++) {
      cells.set(row.columns[i], reading[i]);
      fixed?.set(row.columns[i], reading[i].value);
    }
  }
  const ambiguousRuns: TableResult['ambiguousRuns'] = [];
  if (fixed === null) return { cells, found: new Set(rows.keys()), unknownRows: unknown, ambiguousRuns };

  const decided = combine(open, fixed, spec.tableRules, facts());
  const kept = decided.kept;
  open.forEach((o, k) => {
    const readings = kept.map((combo) => combo[k]);
    const unclear: string[] = [];
    o.row.columns.forEach((col, i) => {
      const first = readings[0]?.[i] ?? o.candidates[0][i];
      if (allAgree(readings, i)) {
        const proof = decided.provedBy(k, i);
        cells.set(col, outcome(first, first.value, false, proof.length > 0 ? proof : null));
      } else {
        cells.set(col, outcome(first, null, true));
        unclear.push(col);
      }
    });
    if (unclear.length > 0) {
      const raws = [...new Set(o.candidates[0].filter((c) => c.run !== null).map((c) => c.run as string))];
      ambiguousRuns.push({
        raw: raws.join(' '),
        columns: unclear,
        readings: firstDistinctReadings(readings.length > 0 ? readings : o.candidates, SHOWN_READINGS)
      });
    }
  });
  return { cells, found: new Set(rows.keys()), unknownRows: unknown, ambiguousRuns };
}

interface Combined {
  /** Readings of the open rows (one candidate per open row) that the rules, then the prose, allow. */
  kept: Candidate[][];
  /** The prose statements that took values out of cell `i` of open row `k` (empty: none did). */
  provedBy: (k: number, i: number) => string[];
}

/** The statements whose step made the set of values of one cell smaller. */
function narrowingStatements<T>(
  before: T[],
  steps: readonly FactStep<T>[],
  valueOf: (x: T) => number | null
): string[] {
  const out: string[] = [];
  // No statement narrowed anything: nothing to count (the pool can hold thousands of readings).
  if (steps.length === 0) return out;
  let size = new Set(before.map(valueOf)).size;
  for (const step of steps) {
    const next = new Set(step.kept.map(valueOf)).size;
    if (next < size) out.push(step.statement);
    size = next;
  }
  return out;
}

/**
 * Readings of the open rows that the rules (then the prose) allow; all of them when none fits.
 * `fixed` holds the decided cells; the walk writes the open rows' cells into it as well (it is the
 * rules' grid: no copy), and only decided cells are read from it afterwards.
 */
function combine(
  open: { row: RowSpec; candidates: Candidate[] }[],
  fixed: Map<string, number | null>,
  rules: readonly ((grid: Grid) => boolean)[],
  facts: readonly ProseFact[]
): Combined {
  let size = 1;
  for (const o of open) size *= o.candidates.length;
  if (size > MAX_COMBINATIONS) {
    // Too many to combine: decide each row alone with the prose facts.
    const perRow = open.map((o) => {
      // A combination of this one row: its cells are row 0 of the grid, `one` holds the reading tested.
      const grid = new ComboGrid(new Map(o.row.columns.map((col, i) => [col, [0, i]])), fixed);
      const one: Candidate[] = [[]];
      return applyFacts(
        o.candidates,
        (c) => {
          one[0] = c;
          return grid.over(one);
        },
        facts
      );
    });
    return {
      kept: zipRows(perRow.map((p) => p.kept)),
      provedBy: (k, i) => narrowingStatements(open[k].candidates, perRow[k].steps, (c) => c[i].value)
    };
  }
  const walk: CombineWalk = { open, grid: fixed, rules, acc: [], all: [], byRules: [] };
  walkCombinations(walk, 0);
  const pool = walk.byRules.length > 0 ? walk.byRules : walk.all;
  // A view over the fixed cells and one combination: copying the fixed cells for every reading and
  // every fact was most of the time of a table with runs.
  const at = new Map<string, [number, number]>();
  open.forEach((o, k) => o.row.columns.forEach((col, j) => at.set(col, [k, j])));
  const grid = new ComboGrid(at, fixed);
  const narrowed = applyFacts(pool, (combo) => grid.over(combo), facts);
  return {
    kept: narrowed.kept,
    provedBy: (k, i) => narrowingStatements(pool, narrowed.steps, (combo) => combo[k][i].value)
  };
}

/** Every combination of the open rows' readings, and those the table's rules allow. */
interface CombineWalk {
  open: readonly { row: RowSpec; candidates: Candidate[] }[];
  /** The decided cells; the walk writes each combination's cells into it (the rules' grid: no copy). */
  grid: Map<string, number | null>;
  rules: readonly ((grid: Grid) => boolean)[];
  acc: Candidate[];
  all: Candidate[][];
  byRules: Candidate[][];
}

/** A module function over a state object, not a closure per table (see PieceCursor in rows.ts). */
function walkCombinations(w: CombineWalk, i: number): void {
  if (i === w.open.length) {
    const combo = w.acc.slice();
    w.all.push(combo);
    if (w.rules.every((r) => r(w.grid))) w.byRules.push(combo);
    return;
  }
  const { row, candidates } = w.open[i];
  for (const c of candidates) {
    for (let j = 0; j < row.columns.length; j++) w.grid.set(row.columns[j], c[j].value);
    w.acc.push(c);
    walkCombinations(w, i + 1);
    w.acc.pop();
  }
}

/**
 * The rules' view over the decided cells and one combination of readings of the open rows (`at`:
 * column → row k, cell j). One object, pointed at each combination in turn (`over`): the facts test
 * a combination and let go of the grid before the next.
 */
class ComboGrid implements Grid {
  private combo: Candidate[] = [];
  constructor(
    private readonly at: ReadonlyMap<string, [number, number]>,
    private readonly fixed: ReadonlyMap<string, number | null>
  ) {}
  over(combo: Candidate[]): Grid {
    this.combo = combo;
    return this;
  }
  get(col: string): number | null | undefined {
    const kj = this.at.get(col);
    return kj === undefined ? this.fixed.get(col) : this.combo[kj[0]][kj[1]].value;
  }
}

/** Per-row readings as combinations: the k-th combination takes each row's k-th (or last) reading. */
function zipRows(perRow: Candidate[][]): Candidate[][] {
  const longest = Math.max(...perRow.map((p) => p.length));
  return Array.from({ length: longest }, (_, k) => perRow.map((p) => p[Math.min(k, p.length - 1)]));
}

/** A prose fact that narrowed the readings, and what it left. */
interface FactStep<T> {
  statement: string;
  kept: T[];
}

/**
 * Each prose fact in turn narrows the readings, unless it would rule out all of them (the prose
 * erred). `steps` records each fact that did narrow them, so a decided cell can name its statement.
 */
function applyFacts<T>(
  pool: T[],
  gridOf: (x: T) => Grid,
  facts: readonly ProseFact[]
): { kept: T[]; steps: FactStep<T>[] } {
  let kept = pool;
  const steps: FactStep<T>[] = [];
  for (const fact of facts) {
    const next = kept.filter((x) => fact.holds(gridOf(x)));
    if (next.length > 0 && next.length < kept.length) {
      kept = next;
      steps.push({ statement: fact.statement, kept });
    }
  }
  return { kept, steps };
}
