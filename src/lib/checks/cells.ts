/**
 * Reading cells of a report for the consistency rules. FORMAT.md: NULL counts as 0 in the sums, but a
 * rule whose cells are all NULL is not checked (the report simply did not fill that part).
 */
import type { ReportRecord } from '../schema/types';

/** The value of one number column; a column the record lacks is NULL. */
export function cell(report: ReportRecord, column: string): number | null {
  const v = report.numbers[column];
  return v === undefined ? null : v;
}

/** True when every listed cell is NULL: the rule over those cells is then not checked. */
export function allNull(report: ReportRecord, columns: readonly string[]): boolean {
  return columns.every((c) => cell(report, c) === null);
}

/** Sum of the listed cells with NULL as 0. */
export function sumCells(report: ReportRecord, columns: readonly string[]): number {
  let sum = 0;
  for (const c of columns) sum += cell(report, c) ?? 0;
  return sum;
}

/** A number as `expected`/`actual` text: integers as printed, decimals without float noise. */
export function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}
