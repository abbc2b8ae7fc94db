/**
 * The filtered rows of reports as the project's own CSV (export/csv.ts): UTF-8 BOM, formula-like
 * text neutralised, numbers (negative 2019 changes too) left as numbers, NULL as an empty cell.
 */
import type { QueryRunner } from '../db/types';
import { EXPORT_COLUMNS, rowsToCsv, type ColumnSpec } from '../export';
import type { Filters } from '../filters/types';
import { filteredReportsSql, type RowOrder } from './query';

/** Column specs (name + contract type) of the chosen columns, in the contract's order. */
export function reportSpecs(columns: readonly string[]): ColumnSpec[] {
  const wanted = new Set(columns);
  return EXPORT_COLUMNS.reports.filter((c) => wanted.has(c.name));
}

export async function filteredReportsCsv(
  runner: QueryRunner,
  filters: Filters,
  columns: readonly string[],
  order: RowOrder = {}
): Promise<{ csv: string; rows: number }> {
  const specs = reportSpecs(columns);
  const { sql, params } = filteredReportsSql(
    filters,
    specs.map((c) => c.name),
    order
  );
  const rows = await runner.query(sql, params);
  return { csv: rowsToCsv(specs, rows), rows: rows.length };
}
