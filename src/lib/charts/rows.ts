/**
 * Aggregate rows → what the charts and tables show. Pure, so the shaping is tested without a
 * browser: ranking, category names, and a gap-free year axis.
 */
import type { AggregateRow } from '../queries/types';

/** A measure's sum in a row (missing or NULL as 0, as the aggregate sums treat NULL). */
export function valueOf(row: AggregateRow, measure: string): number {
  const v = row[measure];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** Reports in the row whose cells for `measure` were filled (`<measure>__n`). */
export function countOf(row: AggregateRow, measure: string): number {
  const v = row[`${measure}__n`];
  return typeof v === 'number' ? v : 0;
}

export function totalOf(row: AggregateRow, measures: readonly string[]): number {
  return measures.reduce((sum, m) => sum + valueOf(row, m), 0);
}

/** Largest total first; ties by name, so the order is stable. */
export function rankRows(
  rows: readonly AggregateRow[],
  measures: readonly string[],
  nameOf: (row: AggregateRow) => string
): AggregateRow[] {
  return [...rows].sort((a, b) => totalOf(b, measures) - totalOf(a, measures) || nameOf(a).localeCompare(nameOf(b)));
}

/** Rows that reported at least one of the measures (a body with only NULL cells has nothing to chart). */
export function rowsWithData(rows: readonly AggregateRow[], measures: readonly string[]): AggregateRow[] {
  return rows.filter((r) => measures.some((m) => countOf(r, m) > 0));
}

/** Every year from the first to the last row's, so a missing year is a visible gap, not a jump. */
export function yearAxis(rows: readonly AggregateRow[]): number[] {
  const years = rows.map((r) => Number(r.year)).filter((y) => Number.isInteger(y));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The row of each year on the axis (undefined where no report). */
export function byYear(rows: readonly AggregateRow[], years: readonly number[]): (AggregateRow | undefined)[] {
  const index = new Map(rows.map((r) => [Number(r.year), r]));
  return years.map((y) => index.get(y));
}

/** One measure along the year axis: its sum, or null where no report filled it. */
export function seriesByYear(
  rows: readonly AggregateRow[],
  years: readonly number[],
  measure: string
): (number | null)[] {
  return byYear(rows, years).map((r) => (r && countOf(r, measure) > 0 ? valueOf(r, measure) : null));
}
