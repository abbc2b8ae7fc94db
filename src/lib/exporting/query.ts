/**
 * The SQL of "every filtered row of reports" for the downloads: the same filters and the same
 * order as the table on screen (queries/reports.ts), every row, no paging. Identifiers come from
 * the column dictionary only; filter values are bound.
 */
import type { SqlParam } from '../db/types';
import { filtersToWhere } from '../filters/sql';
import type { Filters } from '../filters/types';
import { assertReportColumn, ident } from '../queries/columns';

export interface RowOrder {
  orderBy?: string;
  desc?: boolean;
}

export function filteredReportsSql(
  filters: Filters,
  columns: readonly string[],
  order: RowOrder = {}
): { sql: string; params: SqlParam[] } {
  const wanted = [...new Set(columns.map(assertReportColumn))];
  if (wanted.length === 0) throw new Error('导出至少需要一列 / at least one column to export');
  const where = filtersToWhere(filters);
  const orderSql = order.orderBy
    ? `${ident(assertReportColumn(order.orderBy))} ${order.desc ? 'DESC' : 'ASC'} NULLS LAST, report_id`
    : 'year DESC, agency, report_id';
  return {
    sql: `SELECT ${wanted.map(ident).join(', ')} FROM reports WHERE ${where.sql} ORDER BY ${orderSql}`,
    params: [...where.params]
  };
}
