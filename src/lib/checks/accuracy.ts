/**
 * Accuracy scoring of parsed reports against hand-keyed expected values (tests/fixtures/corpus). Pure,
 * so `npm run accuracy` and the regression test score the same way.
 *
 * - Every column in `cells` is scored: right when the parser gives the same number, or NULL for NULL.
 * - A column in `not_scored` (the source prints it ambiguously) is right when the parser leaves it NULL
 *   with an `ambiguous_digits` finding, or gives the expected value when there is one. The finding may
 *   name another column of the same printed row: a finding's column is the first column it concerns
 *   (EXPORT.md), and one run of digits usually spans a whole row (`693665` = 制发, 废止, 现行有效).
 * - A column in `not_scored` with no expected value for which the parser gives a number is neither
 *   right nor wrong but *unverifiable*, counted on its own, when the parser shows its proof: a finding
 *   on that column naming the prose statement that decided it among the splits of a run ("proved from
 *   prose"), or a provenance row showing it was read alone from one printed cell ("read as printed").
 *   Without such a proof it is wrong.
 * - Year and format are scored separately.
 * - A rejected input scores every cell wrong.
 */
import { NUMBER_COLUMNS, NUMBER_COLUMN_NAMES, type FormatVersion } from '../schema/columns';
import type { Finding, Provenance, ReportNumbers } from '../schema/types';
import { proofStatements } from '../parser/findings';

/** One expected/<stem>.json of the corpus. */
export interface ExpectedReport {
  meta: { year: number; format: FormatVersion; agency?: string; [key: string]: unknown };
  cells: Record<string, number | null>;
  not_scored?: string[];
  source_inconsistencies?: string[];
  notes?: string;
}

/** What the readers and the parser made of one input, reduced to what is scored. */
export type ParsedForScoring =
  | {
      kind: 'report';
      report: { year: number; format: FormatVersion; numbers: ReportNumbers };
      findings: readonly Finding[];
      /** Where each number was read; needed to accept a not-scored value read from one printed cell. */
      provenance?: readonly Omit<Provenance, 'report_id'>[];
    }
  | { kind: 'rejected'; reason: string; message: string };

export interface CellMiss {
  column: string;
  expected: number | null;
  got: number | null;
  /** The source prints this cell ambiguously (`not_scored`): NULL with `ambiguous_digits` was wanted. */
  notScored: boolean;
}

/** How the parser proved a value that the expected file could not give. */
export type Proof =
  { kind: 'prose'; statements: string[]; run: string } | { kind: 'printed'; raw: string; location: string };

/** A not-scored cell without an expected value that the parser filled, with its proof. */
export interface Unverifiable {
  column: string;
  got: number;
  proof: Proof;
}

export interface ReportScore {
  name: string;
  rejected: { reason: string; message: string } | null;
  cellsRight: number;
  /** Not-scored cells the parser filled with a stated proof: neither right nor wrong. */
  cellsUnverifiable: number;
  cellsTotal: number;
  nonZeroRight: number;
  nonZeroTotal: number;
  yearRight: boolean;
  formatRight: boolean;
  /** Wrong cells in export column order. */
  misses: CellMiss[];
  unverifiable: Unverifiable[];
}

/** The per-report numbers kept in tests/accuracy-baseline.json. */
export interface BaselineEntry {
  cells_right: number;
  cells_unverifiable: number;
  cells_total: number;
  nonzero_right: number;
  nonzero_total: number;
  year_right: boolean;
  format_right: boolean;
}

export type Baseline = Record<string, BaselineEntry>;

const DECIMAL_TOLERANCE = 1e-6;
const COLUMN_ORDER = new Map(NUMBER_COLUMN_NAMES.map((c, i) => [c, i]));

/**
 * The printed table row a column sits in: section 二 by its row label (行政许可, 规章, …), section 三 by
 * its row id, section 四 is printed as one row of 15 numbers.
 */
const PRINTED_ROW = new Map(
  NUMBER_COLUMNS.map((c) => {
    if (c.group === 'section3')
      return [c.name, c.name.replace(/_(natural|business|research|nonprofit|legal|other|total)$/, '')];
    if (c.group === 'section4') return [c.name, 'section4'];
    return [c.name, `section2:${c.zh.split(' ')[0]}`];
  })
);

function printedRow(column: string | null): string | null {
  return column === null ? null : (PRINTED_ROW.get(column) ?? column);
}

function sameValue(expected: number | null, got: number | null): boolean {
  if (expected === null || got === null) return expected === got;
  return Math.abs(expected - got) < DECIMAL_TOLERANCE;
}

/** The scored columns of an expected file, in export column order. */
export function scoredColumns(expected: ExpectedReport): string[] {
  const columns = new Set([...Object.keys(expected.cells), ...(expected.not_scored ?? [])]);
  const order = (c: string) => COLUMN_ORDER.get(c) ?? Number.MAX_SAFE_INTEGER;
  return [...columns].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

export function scoreReport(name: string, expected: ExpectedReport, parsed: ParsedForScoring): ReportScore {
  const columns = scoredColumns(expected);
  const expectedOf = (c: string): number | null => expected.cells[c] ?? null;
  const nonZero = columns.filter((c) => {
    const v = expectedOf(c);
    return v !== null && v !== 0;
  });
  if (parsed.kind === 'rejected') {
    return {
      name,
      rejected: { reason: parsed.reason, message: parsed.message },
      cellsRight: 0,
      cellsUnverifiable: 0,
      cellsTotal: columns.length,
      nonZeroRight: 0,
      nonZeroTotal: nonZero.length,
      yearRight: false,
      formatRight: false,
      misses: columns.map((column) => ({
        column,
        expected: expectedOf(column),
        got: null,
        notScored: (expected.not_scored ?? []).includes(column)
      })),
      unverifiable: []
    };
  }
  const notScored = new Set(expected.not_scored ?? []);
  const ambiguousRows = new Set(
    parsed.findings.filter((f) => f.rule === 'ambiguous_digits').map((f) => printedRow(f.column))
  );
  const misses: CellMiss[] = [];
  const unverifiable: Unverifiable[] = [];
  let nonZeroRight = 0;
  for (const column of columns) {
    const got = parsed.report.numbers[column] ?? null;
    const inCells = Object.hasOwn(expected.cells, column);
    const want = expectedOf(column);
    const right = notScored.has(column)
      ? (got === null && ambiguousRows.has(printedRow(column))) || (inCells && want !== null && sameValue(want, got))
      : sameValue(want, got);
    const proof =
      !right && notScored.has(column) && want === null && got !== null ? proofOf(column, got, parsed) : null;
    if (proof && got !== null) unverifiable.push({ column, got, proof });
    else if (!right) misses.push({ column, expected: want, got, notScored: notScored.has(column) });
    else if (want !== null && want !== 0) nonZeroRight++;
  }
  return {
    name,
    rejected: null,
    cellsRight: columns.length - misses.length - unverifiable.length,
    cellsUnverifiable: unverifiable.length,
    cellsTotal: columns.length,
    nonZeroRight,
    nonZeroTotal: nonZero.length,
    yearRight: parsed.report.year === expected.meta.year,
    formatRight: parsed.report.format === expected.meta.format,
    misses,
    unverifiable
  };
}

/**
 * The parser's proof for a number the expected file could not give: a finding on the column that
 * names the prose statement which decided it, or a provenance row showing one printed cell read alone
 * (no other column was read from the same place and text, so no digits were split). Null: no proof.
 */
function proofOf(column: string, got: number, parsed: ParsedForScoring & { kind: 'report' }): Proof | null {
  for (const f of parsed.findings) {
    if (f.column !== column || f.rule !== 'ambiguous_digits' || f.expected !== String(got)) continue;
    const statements = proofStatements(f.message);
    if (statements.length > 0) return { kind: 'prose', statements, run: f.actual ?? '' };
  }
  const rows = parsed.provenance ?? [];
  const own = rows.find((p) => p.column === column);
  if (!own || !/\d/.test(own.raw)) return null;
  const flagged = parsed.findings.some((f) => f.column === column && f.rule === 'ambiguous_digits');
  const shared = rows.some((p) => p.column !== column && p.location === own.location && p.raw === own.raw);
  return flagged || shared ? null : { kind: 'printed', raw: own.raw, location: own.location };
}

export interface TotalScore {
  reports: number;
  rejected: number;
  cellsRight: number;
  cellsUnverifiable: number;
  cellsTotal: number;
  nonZeroRight: number;
  nonZeroTotal: number;
  yearRight: number;
  formatRight: number;
}

export function totalScore(scores: readonly ReportScore[]): TotalScore {
  const total: TotalScore = {
    reports: scores.length,
    rejected: 0,
    cellsRight: 0,
    cellsUnverifiable: 0,
    cellsTotal: 0,
    nonZeroRight: 0,
    nonZeroTotal: 0,
    yearRight: 0,
    formatRight: 0
  };
  for (const s of scores) {
    total.rejected += s.rejected ? 1 : 0;
    total.cellsRight += s.cellsRight;
    total.cellsUnverifiable += s.cellsUnverifiable;
    total.cellsTotal += s.cellsTotal;
    total.nonZeroRight += s.nonZeroRight;
    total.nonZeroTotal += s.nonZeroTotal;
    total.yearRight += s.yearRight ? 1 : 0;
    total.formatRight += s.formatRight ? 1 : 0;
  }
  return total;
}

export function toBaseline(scores: readonly ReportScore[]): Baseline {
  const baseline: Baseline = {};
  for (const s of [...scores].sort((a, b) => a.name.localeCompare(b.name))) {
    baseline[s.name] = {
      cells_right: s.cellsRight,
      cells_unverifiable: s.cellsUnverifiable,
      cells_total: s.cellsTotal,
      nonzero_right: s.nonZeroRight,
      nonzero_total: s.nonZeroTotal,
      year_right: s.yearRight,
      format_right: s.formatRight
    };
  }
  return baseline;
}

/** One line per way a report scores below its baseline; empty when nothing got worse. */
export function regressions(scores: readonly ReportScore[], baseline: Baseline): string[] {
  const out: string[] = [];
  const byName = new Map(scores.map((s) => [s.name, s]));
  for (const [name, base] of Object.entries(baseline)) {
    const s = byName.get(name);
    if (!s) {
      out.push(`${name}: in the baseline but not scored (file or expected values missing)`);
      continue;
    }
    if (s.cellsRight < base.cells_right)
      out.push(`${name}: cells right ${s.cellsRight} < baseline ${base.cells_right}`);
    const wrong = s.cellsTotal - s.cellsRight - s.cellsUnverifiable;
    const baseWrong = base.cells_total - base.cells_right - base.cells_unverifiable;
    if (wrong > baseWrong) out.push(`${name}: cells wrong ${wrong} > baseline ${baseWrong}`);
    if (s.nonZeroRight < base.nonzero_right)
      out.push(`${name}: non-zero cells right ${s.nonZeroRight} < baseline ${base.nonzero_right}`);
    if (base.year_right && !s.yearRight) out.push(`${name}: year was right in the baseline, now wrong`);
    if (base.format_right && !s.formatRight) out.push(`${name}: format was right in the baseline, now wrong`);
  }
  return out;
}

function percent(right: number, total: number): string {
  return total === 0 ? '-' : `${((100 * right) / total).toFixed(1)}%`;
}

function valueText(v: number | null): string {
  return v === null ? 'NULL' : String(v);
}

function proofText(p: Proof): string {
  return p.kind === 'prose'
    ? `proved from prose (${p.statements.map((x) => `“${x}”`).join(', ')}; run ${p.run})`
    : `read as printed (“${p.raw}” at ${p.location})`;
}

/** `, 1 unverifiable` when there are any: right and unverifiable are never added up. */
function unverifiableText(n: number): string {
  return n === 0 ? '' : ` + ${n} unverifiable`;
}

/**
 * Printable lines for one report: the score, the first `maxMisses` wrong cells and every unverifiable
 * cell with its proof.
 */
export function describeScore(s: ReportScore, maxMisses = 5): string[] {
  const head =
    `${s.name}: cells ${s.cellsRight}/${s.cellsTotal} (${percent(s.cellsRight, s.cellsTotal)})` +
    `${unverifiableText(s.cellsUnverifiable)}, ` +
    `non-zero ${s.nonZeroRight}/${s.nonZeroTotal} (${percent(s.nonZeroRight, s.nonZeroTotal)}), ` +
    `year ${s.yearRight ? 'right' : 'WRONG'}, format ${s.formatRight ? 'right' : 'WRONG'}`;
  if (s.rejected) return [head, `  REJECTED (${s.rejected.reason}): ${s.rejected.message}`];
  const lines = [head];
  for (const m of s.misses.slice(0, maxMisses)) {
    const want = m.notScored
      ? `NULL with an ambiguous_digits finding${m.expected === null ? '' : ` or ${m.expected}`}`
      : valueText(m.expected);
    lines.push(`  ${m.column}: expected ${want}, got ${valueText(m.got)}`);
  }
  if (s.misses.length > maxMisses) lines.push(`  … and ${s.misses.length - maxMisses} more wrong cells`);
  for (const u of s.unverifiable) {
    lines.push(`  ${u.column}: no expected value (not scored), got ${u.got}: unverifiable, ${proofText(u.proof)}`);
  }
  return lines;
}

export function describeTotal(t: TotalScore): string {
  return (
    `TOTAL ${t.reports} reports (${t.rejected} rejected): cells ${t.cellsRight}/${t.cellsTotal} ` +
    `(${percent(t.cellsRight, t.cellsTotal)})${unverifiableText(t.cellsUnverifiable)}, ` +
    `${t.cellsTotal - t.cellsRight - t.cellsUnverifiable} wrong, non-zero ${t.nonZeroRight}/${t.nonZeroTotal} ` +
    `(${percent(t.nonZeroRight, t.nonZeroTotal)}), year ${t.yearRight}/${t.reports}, format ${t.formatRight}/${t.reports}`
  );
}
