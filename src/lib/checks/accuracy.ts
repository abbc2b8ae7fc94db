/**
 * Accuracy scoring of parsed reports against hand-keyed expected values (tests/fixtures/corpus). Pure,
 * so `npm run accuracy` and the regression test score the same way.
 *
 * - Every column in `cells` is scored: right when the parser gives the same number, or NULL for NULL.
 * - A column in `not_scored` (the source prints it ambiguously) is right when the parser leaves it NULL
 *   with an `ambiguous_digits` finding, or gives the expected value when there is one. The finding may
 *   name another column of the same printed row: a finding's column is the first column it concerns
 *   (EXPORT.md), and one run of digits usually spans a whole row (`693665` = 制发, 废止, 现行有效).
 * - Year and format are scored separately.
 * - A rejected input scores every cell wrong.
 */
import { NUMBER_COLUMNS, NUMBER_COLUMN_NAMES, type FormatVersion } from '../schema/columns';
import type { Finding, ReportNumbers } from '../schema/types';

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
    }
  | { kind: 'rejected'; reason: string; message: string };

export interface CellMiss {
  column: string;
  expected: number | null;
  got: number | null;
  /** The source prints this cell ambiguously (`not_scored`): NULL with `ambiguous_digits` was wanted. */
  notScored: boolean;
}

export interface ReportScore {
  name: string;
  rejected: { reason: string; message: string } | null;
  cellsRight: number;
  cellsTotal: number;
  nonZeroRight: number;
  nonZeroTotal: number;
  yearRight: boolean;
  formatRight: boolean;
  /** Wrong cells in export column order. */
  misses: CellMiss[];
}

/** The per-report numbers kept in tests/accuracy-baseline.json. */
export interface BaselineEntry {
  cells_right: number;
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
      }))
    };
  }
  const notScored = new Set(expected.not_scored ?? []);
  const ambiguousRows = new Set(
    parsed.findings.filter((f) => f.rule === 'ambiguous_digits').map((f) => printedRow(f.column))
  );
  const misses: CellMiss[] = [];
  let nonZeroRight = 0;
  for (const column of columns) {
    const got = parsed.report.numbers[column] ?? null;
    const inCells = Object.hasOwn(expected.cells, column);
    const want = expectedOf(column);
    const right = notScored.has(column)
      ? (got === null && ambiguousRows.has(printedRow(column))) || (inCells && want !== null && sameValue(want, got))
      : sameValue(want, got);
    if (!right) misses.push({ column, expected: want, got, notScored: notScored.has(column) });
    else if (want !== null && want !== 0) nonZeroRight++;
  }
  return {
    name,
    rejected: null,
    cellsRight: columns.length - misses.length,
    cellsTotal: columns.length,
    nonZeroRight,
    nonZeroTotal: nonZero.length,
    yearRight: parsed.report.year === expected.meta.year,
    formatRight: parsed.report.format === expected.meta.format,
    misses
  };
}

export interface TotalScore {
  reports: number;
  rejected: number;
  cellsRight: number;
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
    cellsTotal: 0,
    nonZeroRight: 0,
    nonZeroTotal: 0,
    yearRight: 0,
    formatRight: 0
  };
  for (const s of scores) {
    total.rejected += s.rejected ? 1 : 0;
    total.cellsRight += s.cellsRight;
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

/** Printable lines for one report: the score and the first `maxMisses` wrong cells. */
export function describeScore(s: ReportScore, maxMisses = 5): string[] {
  const head =
    `${s.name}: cells ${s.cellsRight}/${s.cellsTotal} (${percent(s.cellsRight, s.cellsTotal)}), ` +
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
  return lines;
}

export function describeTotal(t: TotalScore): string {
  return (
    `TOTAL ${t.reports} reports (${t.rejected} rejected): cells ${t.cellsRight}/${t.cellsTotal} ` +
    `(${percent(t.cellsRight, t.cellsTotal)}), non-zero ${t.nonZeroRight}/${t.nonZeroTotal} ` +
    `(${percent(t.nonZeroRight, t.nonZeroTotal)}), year ${t.yearRight}/${t.reports}, format ${t.formatRight}/${t.reports}`
  );
}
