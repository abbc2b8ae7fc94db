/**
 * Table cells → the record's numbers, provenance rows and cell findings: money converted to the
 * column's unit, blanks NULL (with `blank_cell` where the row or column is otherwise filled), runs
 * with several readings NULL (with `ambiguous_digits`), a 总计 that a converter dropped recovered when
 * two consistency rules agree on it.
 */
import { APPLICANTS, APPLICATION_ROWS, appColumn } from '../schema/columns';
import type { InputKind } from '../input/types';
import type { Finding, Provenance, ReportNumbers } from '../schema/types';
import { roundDecimals } from './cells';
import { columnZh, provedMessage } from './findings';
import type { CellOutcome } from './table';

export interface CellsOut {
  numbers: ReportNumbers;
  /** Made with an empty report_id, filled in once the id is known (one object per cell, not two). */
  provenance: Provenance[];
  findings: Omit<Finding, 'report_id'>[];
}

type Cells = Map<string, CellOutcome>;

/** Value of one cell in its column's unit (a plain number for the count columns: no object per cell). */
function convert(column: string, c: CellOutcome, procurementUnit: 'yuan' | 'wan' | null): number | null {
  if (c.value === null) return null;
  if (column === 'fees_wan') return c.unit === 'yuan' ? roundDecimals(c.value / 10000) : roundDecimals(c.value);
  if (column === 'f19_procurement_amount') {
    const unit = c.unit ?? procurementUnit;
    if (unit === 'wan') return Math.round(c.value * 10000 * 100) / 100;
    return Math.round(c.value * 100) / 100;
  }
  return c.value;
}

/** A money cell whose unit neither the cell nor the header printed. */
function unknownUnit(column: string, c: CellOutcome, procurementUnit: 'yuan' | 'wan' | null): boolean {
  return column === 'f19_procurement_amount' && c.value !== null && (c.unit ?? procurementUnit) === null;
}

export function cellsToNumbers(
  cells: Cells,
  outside: ReadonlySet<string>,
  procurementUnit: 'yuan' | 'wan' | null,
  numbers: ReportNumbers,
  out: CellsOut
): void {
  for (const [column, c] of cells) {
    if (outside.has(column) || !(column in numbers)) continue;
    const value = convert(column, c, procurementUnit);
    numbers[column] = value;
    if (c.printed) out.provenance.push({ report_id: '', column, location: c.location || 'unknown', raw: c.raw });
    if (c.provedBy !== null && value !== null) out.findings.push(provedFinding(column, c, value));
    if (unknownUnit(column, c, procurementUnit)) {
      out.findings.push(
        f('unit_unknown', 'warning', column, '元', c.raw, `${columnZh(column)}未注明单位，按原样记为${String(value)}。`)
      );
    }
  }
}

function f(
  rule: Finding['rule'],
  severity: Finding['severity'],
  column: string | null,
  expected: string | null,
  actual: string | null,
  message: string
): Omit<Finding, 'report_id'> {
  return { rule, severity, column, expected, actual, message };
}

/**
 * A cell split from a run of digits whose readings disagreed on it until a statement of the prose
 * settled it: the value is kept, and this finding names the run and the statement that proved it.
 */
function provedFinding(column: string, c: CellOutcome, value: number): Omit<Finding, 'report_id'> {
  return f(
    'ambiguous_digits',
    'warning',
    column,
    String(value),
    c.raw,
    provedMessage(column, c.raw, c.provedBy ?? [], value)
  );
}

/** Printed blanks in a row or column that has other values. */
export function blankFindings(cells: Cells, rows: readonly (readonly string[])[], out: CellsOut): void {
  // Nothing read in this table (a missing section): no blank can be reported.
  if (cells.size === 0) return;
  const numbers = out.numbers;
  // Plain loops and flag arrays: this runs over every cell of every table of every report.
  const filledRow: boolean[] = [];
  const filledCol: boolean[] = [];
  for (let r = 0; r < rows.length; r++) {
    const cols = rows[r];
    for (let k = 0; k < cols.length; k++) {
      if (numbers[cols[k]] != null) {
        filledRow[r] = true;
        filledCol[k] = true;
      }
    }
  }
  for (let r = 0; r < rows.length; r++) {
    const cols = rows[r];
    for (let k = 0; k < cols.length; k++) {
      const col = cols[k];
      const c = cells.get(col);
      if (!c || !c.printed || c.ambiguous || numbers[col] !== null || !(col in numbers)) continue;
      if (!filledRow[r] && !filledCol[k]) continue;
      out.findings.push(
        f('blank_cell', 'warning', col, null, c.raw, `${columnZh(col)}一栏为空（“${c.raw}”），按空值处理，不计为0。`)
      );
    }
  }
}

export function ambiguousFindings(runs: { raw: string; columns: string[]; readings: string[] }[], out: CellsOut): void {
  for (const r of runs) {
    out.findings.push(
      f(
        'ambiguous_digits',
        'warning',
        r.columns[0],
        r.readings.join('; '),
        r.raw,
        `${columnZh(r.columns[0])}等${r.columns.length}格的数字连在一起（“${r.raw}”），有多种拆分都说得通，无法确定，暂记为空值。`
      )
    );
  }
}

/** Converters that may drop a printed cell (FORMAT.md: the 科委 markdown loses a 总计). */
const LOSSY: ReadonlySet<InputKind> = new Set(['md', 'pdf']);

/**
 * A blank 总计 of a section 三 row whose six applicants are all printed: recovered when the row sum
 * and the column balance of the 总计 column give the same number.
 */
export function recoverDroppedTotals(kind: InputKind, numbers: ReportNumbers, cells: Cells, out: CellsOut): void {
  if (!LOSSY.has(kind)) return;
  const t = (row: string) => numbers[appColumn(row as never, 'total')];
  for (const row of APPLICATION_ROWS) {
    const col = appColumn(row.id, 'total');
    const cell = cells.get(col);
    if (numbers[col] !== null || !cell || cell.ambiguous) continue;
    const parts = APPLICANTS.slice(0, 6).map((a) => numbers[appColumn(row.id, a.id)]);
    if (parts.some((p) => p === null)) continue;
    const sum = (parts as number[]).reduce((a, b) => a + b, 0);
    let balance: number | null = null;
    const nw = t('new');
    const ci = t('carried_in');
    const ot = t('outcome_total');
    const co = t('carried_out');
    if (row.id === 'carried_out' && nw !== null && ci !== null && ot !== null) balance = nw + ci - ot;
    if (row.id === 'outcome_total' && nw !== null && ci !== null && co !== null) balance = nw + ci - co;
    if (row.id === 'new' && ci !== null && ot !== null && co !== null) balance = ot + co - ci;
    if (row.id === 'carried_in' && nw !== null && ot !== null && co !== null) balance = ot + co - nw;
    if (balance === null || balance !== sum) continue;
    numbers[col] = sum;
    out.findings.push(
      f(
        'blank_cell',
        'warning',
        col,
        String(sum),
        cell.raw,
        `${columnZh(col)}在转换后的文本中为空，按各申请人之和与勾稽关系补为${sum}。`
      )
    );
  }
}
